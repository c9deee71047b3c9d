package org.careergraph.observed;

import java.util.List;

/**
 * What the recorded history says about one move: how many people made it, and in which
 * years.
 *
 * @param people everyone recorded making the move in the period
 * @param years the years at least one person made it, in order
 */
public record Observed(int people, List<Integer> years) {

    public Observed {
        years = List.copyOf(years);
    }

    /** The years as a span, e.g. {@code 2022–2024}, or {@code 2023} for one year. */
    public String yearsText() {
        if (years.isEmpty()) {
            return "";
        }
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        return first == last ? String.valueOf(first) : first + "–" + last;
    }
}
