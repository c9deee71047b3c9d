package org.careergraph.pipeline;

import java.util.List;

/**
 * The part of the graph a projection models, as read from Neo4j: classes with headcounts, the moves between them
 * and the recorded history.
 *
 * @param yearsRecorded how many different years the recorded history covers (0 when none is loaded)
 */
record ModelGraph(List<ModelClass> classes, List<ModelMove> moves, int yearsRecorded) {

    /**
     * @param incumbents stored headcount, or null when none is loaded
     * @param hasHistory whether any recorded move leaves this class, so that history speaks for its moves
     */
    record ModelClass(String id, String title, String agency, int level, Integer incumbents, Integer authorized,
                      boolean hasHistory) {
    }

    /** @param moved people who made this move in all recorded years together */
    record ModelMove(String from, String to, String type, int moved) {
    }

    ModelGraph {
        classes = List.copyOf(classes);
        moves = List.copyOf(moves);
    }
}
