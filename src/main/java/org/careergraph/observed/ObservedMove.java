package org.careergraph.observed;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A move people were recorded making between two classes in a period, with the counts and
 * shares HR reads and whether any documented or reviewed move stands behind it.
 *
 * @param people everyone recorded making the move in the period
 * @param byYear people per recorded year, e.g. {@code {2022: 4, 2023: 3}}
 * @param perYear people per recorded year of the period (years nobody made any move are
 * not counted)
 * @param incumbents people in the class they left, when HR loaded its headcount
 * @param shareOfIncumbents perYear as a share of those incumbents: the annual rate the
 * projection uses
 * @param shareOfLeavers people as a share of everyone recorded leaving that class in the
 * period
 * @param levelChange the level of work gained (negative: the move led downward)
 * @param deFacto true when no documented or reviewed move joins the two classes
 * @param documented the documented or reviewed moves that join them, with why each exists
 */
public record ObservedMove(ClassEnd from, ClassEnd to, int people, Map<Integer, Integer> byYear, double perYear,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer incumbents,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double shareOfIncumbents, double shareOfLeavers, int levelChange,
        boolean deFacto, List<Basis> documented) {

    /** A class at one end of a move. */
    public record ClassEnd(String id, String title, String agency, int level) {
    }

    /**
     * A documented or reviewed move between the same classes.
     *
     * @param origin {@code documents} for a class specification or reviewed seed file,
     * {@code hr} for HR's
     * @param reviewedBy who turned a de facto move into this one, with
     * {@code reviewedAt}; absent otherwise
     */
    public record Basis(String type, String basis, String origin,
            @JsonInclude(JsonInclude.Include.NON_NULL) String reviewedBy,
            @JsonInclude(JsonInclude.Include.NON_NULL) String reviewedAt) {
    }
}
