package org.careergraph.routes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careergraph.observed.Traffic;

/**
 * How travelled a route is, by the recorded history: for each move, the share of the
 * people recorded leaving its class in the period who made that move, multiplied along
 * the route. It reads as the chance that someone leaving the first class follows the
 * whole route, if people go on as the history says; a move nobody made gives 0.
 *
 * @param score the product of the per-move shares, 0 to 1
 * @param explanation the factors, e.g.
 * {@code 12/15 × 6/13 = 0.3692: of the people recorded leaving each class
 *                    of the route (all recorded years), the share who made its next move}
 */
public record Travelled(double score, String explanation) {

    static Travelled of(Candidate route, Traffic traffic) {
        double score = 1;
        List<String> factors = new ArrayList<>();
        for (int i = 0; i < route.moves(); i++) {
            String from = route.stops().get(i).id();
            String to = route.stops().get(i + 1).id();
            var observed = traffic.of(from, to);
            factors.add((observed == null ? 0 : observed.people()) + "/" + traffic.leavers(from));
            score *= traffic.share(from, to);
        }
        double rounded = Math.round(score * 10_000) / 10_000.0;
        return new Travelled(rounded,
                String.join(" × ", factors) + " = " + String.format(Locale.ROOT, "%.4f", rounded)
                        + ": of the people recorded leaving each class of the route (" + traffic.period().words()
                        + "), the share who made its next move");
    }

    /** Whether the history has anyone making any of the route's moves. */
    static boolean anyone(Candidate route, Traffic traffic) {
        for (int i = 0; i < route.moves(); i++) {
            if (traffic.of(route.stops().get(i).id(), route.stops().get(i + 1).id()) != null) {
                return true;
            }
        }
        return false;
    }
}
