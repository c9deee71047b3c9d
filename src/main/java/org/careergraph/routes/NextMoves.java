package org.careergraph.routes;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.careergraph.observed.ObservedMove;

/**
 * The next moves from a class: the documented ones by kind, and beside them where people
 * recorded leaving the class actually went.
 */
public record NextMoves(@JsonProperty("PROMOTES_TO") List<NextMove> promotions,
        @JsonProperty("SAME_GRADE") List<NextMove> sameGrade, @JsonProperty("PEER_OF") List<NextMove> peers,
        WhereTheyWent observed) {

    /**
     * Where people recorded leaving the class went in the period, most people first; a de
     * facto move is one no documented or reviewed move stands behind.
     *
     * @param period the years counted, e.g. {@code all recorded years} or
     * {@code 2023–2024}
     * @param leavers everyone recorded leaving the class in the period
     */
    public record WhereTheyWent(String period, int leavers, List<ObservedMove> moves) {
    }
}
