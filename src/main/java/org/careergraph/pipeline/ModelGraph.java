package org.careergraph.pipeline;

import java.util.List;

/**
 * The part of the graph a projection models, as read from Neo4j: classes with headcounts,
 * every move out of them (into the modelled pool or out of it) and the recorded history.
 *
 * @param yearsRecorded how many different years the recorded history covers (0 when none
 * is loaded)
 * @param enteredFrom classes outside the pool that a move leads from into it, by id
 */
record ModelGraph(List<ModelClass> classes, List<ModelMove> moves, int yearsRecorded, List<String> enteredFrom) {

    /**
     * @param incumbents stored headcount, or null when none is loaded
     * @param hasHistory whether any recorded move leaves this class, so that history
     * speaks for its moves
     */
    record ModelClass(String id, String title, String agency, int level, Integer incumbents, Integer authorized,
            boolean hasHistory) {
    }

    /**
     * @param toTitle the destination's title
     * @param moved people who made this move in all recorded years together
     * @param withinPool whether the destination is one of the modelled classes; otherwise
     * the move leaves the pool
     */
    record ModelMove(String from, String to, String toTitle, String type, int moved, boolean withinPool) {
    }

    ModelGraph {
        classes = List.copyOf(classes);
        moves = List.copyOf(moves);
        enteredFrom = List.copyOf(enteredFrom);
    }
}
