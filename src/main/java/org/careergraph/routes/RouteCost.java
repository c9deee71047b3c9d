package org.careergraph.routes;

import org.careergraph.vocabulary.MoveType;

/**
 * What a route costs under each ranking, so routes can be compared whichever rank ordered
 * them.
 *
 * <ul>
 * <li>{@code moves}: the number of moves, plus 0.05 per same-grade move and 0.08 per move
 * to another agency, so that among routes of equal length promotions come first (the
 * penalties of a route of at most 12 moves add up to less than one move);</li>
 * <li>{@code years}: the minimum years of experience the route's classes require, added
 * up (a class whose document states none adds nothing), plus 1 year per same-grade move
 * and 2 per move to another agency;</li>
 * <li>{@code grades}: the squares of the pay-grade jumps added up, so many small raises
 * beat one big one; where grades cannot be compared (no grade stated, or another agency's
 * pay plan) a level of work counts as two grades; plus 1 per same-grade move and 2 per
 * move to another agency.</li>
 * </ul>
 * A de facto move ({@code moves=observed}) counts as a same-grade move does. Ranking by
 * {@code travelled} orders by {@link Travelled} first and by {@code moves} among equals.
 */
public record RouteCost(double moves, double years, double grades) {

    static final double LATERAL_MOVE_PENALTY = 0.05;
    static final double PEER_MOVE_PENALTY = 0.08;

    static RouteCost of(Candidate route) {
        // a de facto move counts like a lateral one: among routes of equal length,
        // documented moves come first
        long lateral = route.count(MoveType.SAME_GRADE) + route.deFactoMoves();
        long peer = route.count(MoveType.PEER_OF);
        double years = lateral + 2.0 * peer;
        double grades = lateral + 2.0 * peer;
        for (int i = 1; i < route.stops().size(); i++) {
            Candidate.Stop before = route.stops().get(i - 1);
            Candidate.Stop after = route.stops().get(i);
            years += after.years() == null ? 0 : after.years();
            double jump = before.agency().equals(after.agency()) && before.lowestGrade() != null
                    && after.lowestGrade() != null ? Math.max(0, after.lowestGrade() - before.lowestGrade())
                            : 2.0 * (after.level() - before.level());
            grades += jump * jump;
        }
        return new RouteCost(round(route.moves() + LATERAL_MOVE_PENALTY * lateral + PEER_MOVE_PENALTY * peer),
                round(years), round(grades));
    }

    double under(RouteQuery.Rank rank) {
        return switch (rank) {
            case MOVES -> moves;
            case YEARS -> years;
            case GRADES -> grades;
            case TRAVELLED -> moves;
        };
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
