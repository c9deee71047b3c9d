package org.careergraph.pipeline;

/**
 * The annual share of a class moving along one move, and where that share comes from.
 *
 * @param type the move: PROMOTES_TO, SAME_GRADE or PEER_OF
 * @param source {@code request}, {@code history} (people who made the move per recorded
 * year per incumbent), {@code default} (the configured rate of the move type) or
 * {@code what-if}
 * @param leavesPool whether the move leads to a class outside the modelled pool: an
 * outflow, like attrition
 */
record Transition(String from, String to, String type, double rate, String source, boolean leavesPool) {

    static final String REQUEST = "request";
    static final String HISTORY = "history";
    static final String DEFAULT = "default";
    static final String WHAT_IF = "what-if";

    Transition withRate(double newRate, String newSource) {
        return new Transition(from, to, type, newRate, newSource, leavesPool);
    }
}
