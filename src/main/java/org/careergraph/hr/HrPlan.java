package org.careergraph.hr;

import java.util.List;
import org.careergraph.importer.GraphPlan;

/**
 * Everything a checked HR import writes: its classes and moves in the document importer's
 * model, headcounts and recorded moves, and how many rows it left to the importer owning
 * them.
 *
 * @param observedOnly pairs of classes the history records people moving between that no
 * move joins
 */
record HrPlan(GraphPlan structure, List<HeadcountRow> headcounts, List<HistoryRow> history, int skippedClasses,
        int skippedMoves, int observedOnly) {
}
