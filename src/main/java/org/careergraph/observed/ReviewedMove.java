package org.careergraph.observed;

import java.util.List;
import org.careergraph.observed.ObservedMove.ClassEnd;

/**
 * A de facto move HR reviewed, now an ordinary move of the graph.
 *
 * @param reviewedBy who reviewed it (the signed-in user)
 * @param reviewedAt when, as an ISO-8601 instant
 * @param people the people recorded making the move when it was reviewed, and in which
 * years
 * @param source the provenance the move carries, also in the moves.csv export
 * @param inForce whether a move still joins the two classes (a later moves.csv import may
 * remove it)
 */
record ReviewedMove(ClassEnd from, ClassEnd to, String type, String basis, String reviewedBy, String reviewedAt,
        int people, List<Integer> years, String source, boolean inForce) {
}
