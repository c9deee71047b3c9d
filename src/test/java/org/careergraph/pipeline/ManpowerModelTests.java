package org.careergraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.careergraph.pipeline.HandWorkedChain.A;
import static org.careergraph.pipeline.HandWorkedChain.B;
import static org.careergraph.pipeline.HandWorkedChain.C;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.RealVector;
import org.careergraph.pipeline.ManpowerModel.AbsorbingChain;
import org.careergraph.pipeline.ModelGraph.ModelClass;
import org.careergraph.pipeline.ProjectionAnswer.Result;
import org.junit.jupiter.api.Test;

/** The Markov model against the ladder worked by hand in {@link HandWorkedChain}. */
class ManpowerModelTests {

    static final double EXACT = 1e-9;

    static Scenario chain(double promotionAtoB, double attritionA) {
        return new Scenario("baseline", List.of(
                new ModelClass(A, "A", "mshp", 1, 100, 110, false),
                new ModelClass(B, "B", "mshp", 2, 50, 60, false),
                new ModelClass(C, "C", "mshp", 3, 10, null, false)),
                Map.of(A, 100.0, B, 50.0, C, 10.0),
                List.of(new Transition(A, B, "PROMOTES_TO", promotionAtoB, Transition.REQUEST),
                        new Transition(B, C, "PROMOTES_TO", 0.1, Transition.REQUEST)),
                Map.of(A, attritionA, B, 0.1, C, 0.05), Map.of(A, 10.0));
    }

    @Test
    void buildsTheTransitionMatrixWithWhatStaysOnTheDiagonal() {
        var p = new ManpowerModel(chain(0.2, 0.1)).transitions().getData();

        assertThat(p[0]).containsExactly(new double[] {0.7, 0.2, 0}, within(EXACT));
        assertThat(p[1]).containsExactly(new double[] {0, 0.8, 0.1}, within(EXACT));
        assertThat(p[2]).containsExactly(new double[] {0, 0, 0.95}, within(EXACT));
    }

    @Test
    void projectsHeadcountYearByYear() {
        List<RealVector> years = new ManpowerModel(chain(0.2, 0.1)).project(Map.of(A, 100.0, B, 50.0, C, 10.0), 2);

        assertThat(years.get(0).toArray()).containsExactly(new double[] {100, 50, 10}, within(EXACT));
        assertThat(years.get(1).toArray()).containsExactly(new double[] {80, 60, 14.5}, within(EXACT));
        assertThat(years.get(2).toArray()).containsExactly(new double[] {66, 64, 19.775}, within(EXACT));
    }

    @Test
    void theFundamentalMatrixGivesTheProbabilityAndYearsToReachTheTarget() {
        AbsorbingChain chain = new ManpowerModel(chain(0.2, 0.1)).reach(C);

        assertThat(chain.classes()).containsExactly(A, B);
        assertThat(chain.fundamental().getRow(0)).containsExactly(new double[] {10.0 / 3, 10.0 / 3}, within(EXACT));
        assertThat(chain.fundamental().getRow(1)).containsExactly(new double[] {0, 5}, within(EXACT));
        assertThat(chain.probability().toArray()).containsExactly(new double[] {1.0 / 3, 0.5}, within(EXACT));
        assertThat(chain.yearsInService().toArray()).containsExactly(new double[] {20.0 / 3, 5}, within(EXACT));
        assertThat(chain.yearsToReach(0)).isCloseTo(25.0 / 3, within(EXACT));
        assertThat(chain.yearsToReach(1)).isCloseTo(5.0, within(EXACT));
    }

    @Test
    void nobodyReachesTheTargetWhenTheOnlyMoveIsGone() {
        AbsorbingChain chain = new ManpowerModel(chain(0, 0.1)).reach(C);

        assertThat(chain.probability().getEntry(0)).isZero();
        assertThat(chain.yearsToReach(0)).isNull();
        assertThat(chain.yearsToReach(1)).isCloseTo(5.0, within(EXACT));
    }

    @Test
    void answersHeadcountsAndVacanciesRounded() {
        Result result = Projections.result(chain(0.2, 0.1), 2, new ClassRef(C, "C", "mshp", 3));

        assertThat(result.classes().get(0).headcount()).containsExactly(100.0, 80.0, 66.0);
        assertThat(result.classes().get(0).vacancies()).containsExactly(10.0, 30.0, 44.0);
        assertThat(result.classes().get(1).vacancies()).containsExactly(10.0, 0.0, -4.0);
        assertThat(result.classes().get(2).headcount()).containsExactly(10.0, 14.5, 19.775);
        assertThat(result.classes().get(2).vacancies()).isNull();
        assertThat(result.totals()).containsExactly(160.0, 154.5, 149.775);
        assertThat(result.reach().fundamental()).containsExactly(List.of(3.3333, 3.3333), List.of(0.0, 5.0));
        assertThat(result.reach().feeders().get(0).expectedYears()).isEqualTo(8.3333);
    }

    @Test
    void refusesRatesThatMoveMoreThanEveryone() {
        assertThatThrownBy(() -> new ManpowerModel(chain(0.95, 0.1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + A + "'").hasMessageContaining("add up to more than everyone");
    }

    @Test
    void aClassThatNeverMovesIsLeftOutOfTheChain() {
        Scenario stuck = chain(0.2, 0.1);
        stuck = new Scenario("stuck", stuck.classes(), stuck.headcounts(), stuck.transitions().subList(0, 1),
                Map.of(A, 0.1, B, 0.0, C, 0.05), stuck.hires());

        AbsorbingChain chain = new ManpowerModel(stuck).reach(C);

        assertThat(chain.classes()).containsExactly(A);
        assertThat(chain.probability().getEntry(0)).isZero();
    }
}
