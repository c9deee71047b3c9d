package org.careergraph.importer;

import java.util.List;
import org.careergraph.vocabulary.MoveType;

/**
 * Everything an import writes: classes with their computed level of work, and every move
 * with why it exists. Built in plain Java, then written in one transaction.
 */
public record GraphPlan(List<PlannedClass> classes, List<PlannedMove> moves) {

    /** A class ready to be stored as a {@code (:JobClass)} node. */
    public record PlannedClass(String id, String agency, String agencyName, String family, String familySummary,
            ClassSpec spec, int level, List<String> functions, String sourceFile) {
    }

    /**
     * A directed move between two classes.
     *
     * @param sharedGrades the pay grades both share (SAME_GRADE), else empty
     * @param confidence how sure the peer rule is (PEER_OF), else null
     */
    public record PlannedMove(MoveType type, String from, String to, String basis, String sourceFile, int sourceLine,
            List<String> sharedGrades, Double confidence) {
    }

    public GraphPlan {
        classes = List.copyOf(classes);
        moves = List.copyOf(moves);
    }

    public long count(MoveType type) {
        return moves.stream().filter(m -> m.type() == type).count();
    }
}
