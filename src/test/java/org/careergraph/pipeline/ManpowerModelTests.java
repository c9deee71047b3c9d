package org.careergraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.careergraph.pipeline.HandWorkedGraph.A;
import static org.careergraph.pipeline.HandWorkedGraph.B;
import static org.careergraph.pipeline.HandWorkedGraph.C;
import static org.careergraph.pipeline.HandWorkedGraph.D;
import static org.careergraph.pipeline.HandWorkedGraph.X;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.RealVector;
import org.careergraph.pipeline.ModelGraph.ModelClass;
import org.careergraph.pipeline.ProjectionAnswer.ClassProjection;
import org.careergraph.pipeline.ProjectionAnswer.FeederReach;
import org.careergraph.pipeline.ProjectionAnswer.Outflow;
import org.careergraph.pipeline.ProjectionAnswer.Result;
import org.junit.jupiter.api.Test;

/** The Markov model against the pool worked by hand in {@link HandWorkedGraph}. */
class ManpowerModelTests {

    static final double EXACT = 1e-9;
    static final ClassRef TARGET = new ClassRef(C, "C", "mshp", 3);

    static Scenario graph(double promotionAtoB, double attritionA, double attritionD) {
        return new Scenario("baseline", List.of(
                new ModelClass(A, "A", "mshp", 1, 100, 110, false), new ModelClass(B, "B", "mshp", 2, 50, 60, false),
                new ModelClass(C, "C", "mshp", 3, 10, null, false), new ModelClass(D, "D", "mshp", 3, 5, null, false)),
                Map.of(A, 100.0, B, 50.0, C, 10.0, D, 5.0),
                List.of(new Transition(A, B, "PROMOTES_TO", promotionAtoB, Transition.REQUEST, false),
                        new Transition(A, X, "PEER_OF", 0.1, Transition.REQUEST, true),
                        new Transition(B, C, "PROMOTES_TO", 0.1, Transition.REQUEST, false),
                        new Transition(B, D, "SAME_GRADE", 0.1, Transition.REQUEST, false)),
                Map.of(A, attritionA, B, 0.1, C, 0.05, D, attritionD), Map.of(A, 10.0), Map.of(X, "X"));
    }

    static double[] doubles(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static Scenario handWorked() {
        return graph(0.2, 0.1, 0);
    }

    @Test
    void buildsTheTransitionMatrixWithWhatStaysOnTheDiagonal() {
        var p = new ManpowerModel(handWorked()).transitions().getData();

        assertThat(p[0]).containsExactly(new double[] { 0.6, 0.2, 0, 0 }, within(EXACT));
        assertThat(p[1]).containsExactly(new double[] { 0, 0.7, 0.1, 0.1 }, within(EXACT));
        assertThat(p[2]).containsExactly(new double[] { 0, 0, 0.95, 0 }, within(EXACT));
        assertThat(p[3]).containsExactly(new double[] { 0, 0, 0, 1 }, within(EXACT));
    }

    @Test
    void projectsHeadcountYearByYear() {
        List<RealVector> years = new ManpowerModel(handWorked()).project(handWorked().headcounts(), 2);

        assertThat(years.get(0).toArray()).containsExactly(new double[] { 100, 50, 10, 5 }, within(EXACT));
        assertThat(years.get(1).toArray()).containsExactly(new double[] { 70, 55, 14.5, 10 }, within(EXACT));
        assertThat(years.get(2).toArray()).containsExactly(new double[] { 52, 52.5, 19.275, 15.5 }, within(EXACT));
    }

    @Test
    void accountsForLeaversAndOutflowsBesideHeadcount() {
        Result result = ScenarioProjection.of(handWorked(), 2, TARGET);

        assertThat(doubles(result.totals())).containsExactly(new double[] { 165.0, 149.5, 139.275 }, within(EXACT));
        assertThat(result.hired()).containsExactly(0.0, 10.0, 10.0);
        assertThat(result.leavers().get(1)).isCloseTo(15.5, within(EXACT));
        assertThat(result.leavers().get(2)).isCloseTo(13.225, within(EXACT));
        assertThat(result.outflow().get(1)).isCloseTo(10, within(EXACT));
        assertThat(result.outflow().get(2)).isCloseTo(7, within(EXACT));
        ClassProjection a = result.classes().get(0);
        assertThat(a.attrition()).isEqualTo(0.1);
        assertThat(doubles(a.leavers())).containsExactly(new double[] { 0.0, 10.0, 7.0 }, within(EXACT));
        Outflow toX = a.outflows().get(0);
        assertThat(toX.to()).isEqualTo(X);
        assertThat(toX.rate()).isEqualTo(0.1);
        assertThat(doubles(toX.people())).containsExactly(new double[] { 0.0, 10.0, 7.0 }, within(EXACT));
        assertThat(result.classes().get(1).outflows()).isEmpty();
        assertThat(doubles(result.classes().get(2).leavers())).containsExactly(new double[] { 0.0, 0.5, 0.725 },
                within(EXACT));
        assertThat(doubles(result.classes().get(3).headcount())).containsExactly(new double[] { 5.0, 10.0, 15.5 },
                within(EXACT));
        assertThat(doubles(a.vacancies())).containsExactly(new double[] { 10.0, 40.0, 58.0 }, within(EXACT));
        assertThat(doubles(result.classes().get(1).vacancies())).containsExactly(new double[] { 10.0, 5.0, 7.5 },
                within(EXACT));
        assertThat(result.classes().get(2).vacancies()).isNull();
    }

    @Test
    void theFundamentalMatrixGivesTheProbabilityAndYearsToReachTheTarget() {
        AbsorbingChain chain = new ManpowerModel(handWorked()).reach(C);

        assertThat(chain.classes()).containsExactly(A, B);
        assertThat(chain.closed()).containsExactly(D);
        assertThat(chain.fundamental().getRow(0)).containsExactly(new double[] { 2.5, 5.0 / 3 }, within(EXACT));
        assertThat(chain.fundamental().getRow(1)).containsExactly(new double[] { 0, 10.0 / 3 }, within(EXACT));
        assertThat(chain.probability(0)).isCloseTo(1.0 / 6, within(EXACT));
        assertThat(chain.probability(1)).isCloseTo(1.0 / 3, within(EXACT));
        assertThat(chain.yearsToReach(0)).isCloseTo(35.0 / 6, within(EXACT));
        assertThat(chain.yearsToReach(1)).isCloseTo(10.0 / 3, within(EXACT));
        assertThat(chain.yearsInService(0)).isNull();
        assertThat(chain.yearsInService(1)).isNull();
        assertThat(chain.trapped()).containsEntry(A, List.of(D))
            .containsEntry(B, List.of(D))
            .containsEntry(D, List.of(D));
    }

    @Test
    void aClassNobodyLeavesIsKeptWithInfiniteYearsAndAReason() {
        Result result = ScenarioProjection.of(handWorked(), 2, TARGET);

        List<FeederReach> feeders = result.reach().feeders();
        assertThat(feeders).extracting(FeederReach::id).containsExactly(A, B, D);
        assertThat(feeders.get(0).expectedYears()).isCloseTo(35.0 / 6, within(EXACT));
        assertThat(feeders.get(0).expectedYearsInService()).isNull();
        assertThat(feeders.get(0).reasons().get("expectedYearsInService"))
            .isEqualTo("infinite: some of its people may reach " + D + ", which nobody leaves (no attrition, no "
                    + "move with a rate above 0 out of it), and stay for ever");
        FeederReach d = feeders.get(2);
        assertThat(d.probability()).isZero();
        assertThat(d.expectedYears()).isNull();
        assertThat(d.expectedYearsInService()).isNull();
        assertThat(d.reasons()).containsEntry("expectedYearsInService",
                "infinite: nobody leaves this class (no " + "attrition, no move with a rate above 0 out of it)");
    }

    @Test
    void yearsInServiceAreFiniteWhenEveryoneLeavesInTime() {
        AbsorbingChain chain = new ManpowerModel(graph(0.2, 0.1, 0.05)).reach(C);

        assertThat(chain.closed()).isEmpty();
        // D leaves the service at 0.05 a year: A, B and D are transient, N·1 from B =
        // 10/3 + 0.1 / 0.3 · 20
        assertThat(chain.classes()).containsExactly(A, B, D);
        assertThat(chain.yearsInService(1)).isCloseTo(10.0 / 3 + 0.1 / 0.3 * 20, within(EXACT));
        assertThat(chain.yearsInService(0)).isCloseTo(2.5 + 0.5 * (10.0 / 3 + 0.1 / 0.3 * 20), within(EXACT));
    }

    @Test
    void nobodyReachesTheTargetWhenTheOnlyMoveIsGone() {
        Result result = ScenarioProjection.of(graph(0, 0.1, 0.05), 2, TARGET);

        FeederReach a = result.reach().feeders().get(0);
        assertThat(a.probability()).isZero();
        assertThat(a.expectedYears()).isNull();
        assertThat(a.reasons()).containsOnlyKeys("expectedYears");
        // A loses 0.1 out of the pool and 0.1 to attrition a year
        assertThat(a.expectedYearsInService()).isCloseTo(5, within(EXACT));
    }

    @Test
    void refusesRatesThatMoveMoreThanEveryone() {
        assertThatThrownBy(() -> new ManpowerModel(graph(0.85, 0.1, 0))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'" + A + "' (0.95, of which 0.1 out of the pool)")
            .hasMessageContaining("add up to more than everyone");
    }

}
