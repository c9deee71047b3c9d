package org.careergraph.importer;

import java.util.List;

/**
 * Everything one import writes, whichever front end planned it: the classes and moves of
 * its origin, and HR's headcounts and recorded moves. A part left null is not part of the
 * import, and the graph keeps what it holds.
 *
 * @param origin who owns what is written ({@code documents} or {@code hr}); a re-import
 * replaces exactly that
 * @param structure the origin's classes and moves, or null
 * @param headcounts every class's headcount, or null
 * @param history recorded moves, one per move and year, or null
 */
public record ImportPlan(String origin, GraphPlan structure, List<PlannedHeadcount> headcounts,
        List<PlannedHistory> history) {

    /** A class's headcount, as a node of its own beside the class. */
    public record PlannedHeadcount(String classId, int incumbents, int authorized, int vacancies, String sourceFile,
            Integer sourceLine) {
    }

    /** How many people made one move in one year. */
    public record PlannedHistory(int year, String from, String to, int people, String sourceFile, Integer sourceLine) {
    }

    /** Rows the writer writes: classes, moves, headcounts and recorded moves. */
    public long rows() {
        return (structure == null ? 0 : structure.classes().size() + structure.moves().size())
                + (headcounts == null ? 0 : headcounts.size()) + (history == null ? 0 : history.size());
    }
}
