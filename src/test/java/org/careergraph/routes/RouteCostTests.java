package org.careergraph.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careergraph.vocabulary.ClassRequirements;
import org.junit.jupiter.api.Test;

class RouteCostTests {

    static Candidate.Stop stop(String agency, Integer lowestGrade, int level, Integer years) {
        return new Candidate.Stop(agency + level, "Class " + level, agency, List.of(), lowestGrade, level, null, years,
                new ClassRequirements(ClassRequirements.NOT_STATED, years, null, null, List.of()), false, false, 0);
    }

    @Test
    void promotionsOutrankLateralMovesOfTheSameLength() {
        Candidate promotions = new Candidate(List.of(stop("a", 10, 1, 0), stop("a", 12, 2, 2), stop("a", 14, 3, 4)),
                List.of(new Candidate.Hop("PROMOTES_TO", "", "", 1), new Candidate.Hop("PROMOTES_TO", "", "", 2)));
        Candidate lateral = new Candidate(List.of(stop("a", 10, 1, 0), stop("a", 10, 1, 0), stop("a", 14, 3, 4)),
                List.of(new Candidate.Hop("SAME_GRADE", "", "", 1), new Candidate.Hop("PROMOTES_TO", "", "", 2)));

        assertThat(RouteCost.of(promotions).moves()).isEqualTo(2.0);
        assertThat(RouteCost.of(lateral).moves()).isEqualTo(2.05);
        // twelve moves to another agency still cost less than a thirteenth move
        assertThat(12 * RouteCost.PEER_MOVE_PENALTY).isLessThan(1.0);
    }

    @Test
    void addsUpRequiredYearsAndSquaresGradeJumps() {
        Candidate route = new Candidate(
                List.of(stop("a", 10, 1, 0), stop("a", 12, 2, 2), stop("a", 18, 3, 5), stop("b", null, 3, 5)),
                List.of(new Candidate.Hop("PROMOTES_TO", "", "", 1), new Candidate.Hop("PROMOTES_TO", "", "", 2),
                        new Candidate.Hop("PEER_OF", "", "", 3)));

        RouteCost cost = RouteCost.of(route);

        assertThat(cost.years()).isEqualTo(2 + 5 + 5 + 2.0);
        assertThat(cost.grades()).isEqualTo(4 + 36 + 0 + 2.0);
    }

}
