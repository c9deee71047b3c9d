package org.careergraph.observed;

import java.util.Map;

/**
 * The recorded traffic along some moves in a period: the people per move, and the people
 * who left each move's class along any recorded move, from which a move's share of the
 * leavers follows.
 */
public record Traffic(Period period, Map<String, Observed> moves, Map<String, Integer> leavers) {

    public static final Traffic NONE = new Traffic(Period.ALL, Map.of(), Map.of());

    public Traffic {
        moves = Map.copyOf(moves);
        leavers = Map.copyOf(leavers);
    }

    static String key(String from, String to) {
        return from + ">" + to;
    }

    /** What the history says about a move, or null when nobody is recorded making it. */
    public Observed of(String from, String to) {
        return moves.get(key(from, to));
    }

    /**
     * The share of the people recorded leaving {@code from} who went to {@code to}: 0
     * when nobody is recorded making the move, or nobody leaving the class.
     */
    public double share(String from, String to) {
        Observed move = of(from, to);
        Integer left = leavers.get(from);
        return move == null || left == null || left == 0 ? 0 : (double) move.people() / left;
    }

    /** People recorded leaving a class in the period, 0 when none. */
    public int leavers(String from) {
        return leavers.getOrDefault(from, 0);
    }
}
