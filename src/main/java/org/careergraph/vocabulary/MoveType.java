package org.careergraph.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of move a person can make from one class to another; each is a relationship
 * type in the graph and a word a route question uses ({@code moves=promotion,lateral}).
 * Declared in order of preference: where two kinds join the same two classes, the earlier
 * one is the move people take.
 */
public enum MoveType {

    /** Up the ladder, to a higher level of work. */
    PROMOTES_TO("promotion"),
    /** Sideways within an agency, to a class paid at a shared grade. */
    SAME_GRADE("lateral"),
    /** To the equivalent class of another agency. */
    PEER_OF("peer");

    private final String option;

    MoveType(String option) {
        this.option = option;
    }

    /** How a route question names this kind of move, e.g. {@code lateral}. */
    public String option() {
        return option;
    }

    /** The kind a route question names, in any case, e.g. {@code Promotion}. */
    public static Optional<MoveType> ofOption(String text) {
        return Arrays.stream(values()).filter(m -> m.option.equalsIgnoreCase(text.strip())).findFirst();
    }

}
