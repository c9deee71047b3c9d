package org.careergraph.observed;

import org.careergraph.web.ProblemException;

/**
 * The years of recorded history a question looks at, both ends included; an open end
 * (null) takes every recorded year on that side.
 */
public record Period(Integer from, Integer to) {

    static final int EARLIEST = 1900;
    static final int LATEST = 2200;

    public static final Period ALL = new Period(null, null);

    public Period {
        check(from, "from");
        check(to, "to");
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("the period ends before it starts: " + from + " is after " + to);
        }
    }

    /**
     * The period named by request parameters, e.g. {@code fromYear} and {@code toYear}.
     */
    public static Period of(Integer from, Integer to, String fromName, String toName) {
        try {
            return new Period(from, to);
        }
        catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("'" + fromName + "' and '" + toName + "' name years from " + EARLIEST
                    + " to " + LATEST + ", the first not after the second: " + e.getMessage());
        }
    }

    /**
     * How the period reads in an answer, e.g. {@code 2022–2024}, {@code from 2023},
     * {@code all recorded years}.
     */
    public String words() {
        if (from == null && to == null) {
            return "all recorded years";
        }
        if (from == null) {
            return "until " + to;
        }
        if (to == null) {
            return "from " + from;
        }
        return from.equals(to) ? "in " + from : from + "–" + to;
    }

    private static void check(Integer year, String name) {
        if (year != null && (year < EARLIEST || year > LATEST)) {
            throw new IllegalArgumentException(
                    "'" + name + "' year " + year + " is not from " + EARLIEST + " to " + LATEST);
        }
    }
}
