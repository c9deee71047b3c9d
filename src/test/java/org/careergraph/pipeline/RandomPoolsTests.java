package org.careergraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.careergraph.pipeline.ModelGraph.ModelClass;
import org.careergraph.pipeline.ProjectionAnswer.ClassProjection;
import org.careergraph.pipeline.ProjectionAnswer.FeederReach;
import org.careergraph.pipeline.ProjectionAnswer.Result;
import org.junit.jupiter.api.Test;

/**
 * Properties of the projection on random pools (seeded, so a failure can be replayed):
 * everyone is accounted for, and the reach figures agree with following the people year
 * by year.
 */
class RandomPoolsTests {

    static final int POOLS = 300;

    /**
     * A pool of 2 to 7 classes, moves among them and to 3 classes outside, some classes
     * nobody leaves.
     */
    static Scenario randomPool(Random random) {
        int size = 2 + random.nextInt(6);
        List<ModelClass> classes = new ArrayList<>();
        Map<String, Double> headcounts = new HashMap<>();
        Map<String, Double> attrition = new HashMap<>();
        Map<String, Double> hires = new HashMap<>();
        List<Transition> transitions = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            classes.add(new ModelClass("c" + i, "C" + i, "s", 1 + i, null, random.nextBoolean() ? 50 : null, false));
            headcounts.put("c" + i, (double) random.nextInt(200));
            if (random.nextBoolean()) {
                hires.put("c" + i, random.nextInt(20) + random.nextDouble());
            }
        }
        for (int i = 0; i < size; i++) {
            double left = 0.95;
            double leave = random.nextInt(4) == 0 ? 0 : 0.02 + random.nextDouble() * 0.2;
            attrition.put("c" + i, leave);
            left -= leave;
            for (int j = 0; j < size + 3; j++) {
                boolean outside = j >= size;
                if (j == i || random.nextInt(outside ? 5 : 3) != 0) {
                    continue;
                }
                double rate = random.nextInt(6) == 0 ? 0 : Math.min(left, 0.02 + random.nextDouble() * 0.3);
                left -= rate;
                String to = outside ? "o" + (j - size) : "c" + j;
                transitions.add(new Transition("c" + i, to, "PROMOTES_TO", rate, Transition.REQUEST, outside));
            }
        }
        return new Scenario("random", classes, headcounts, transitions, attrition, hires,
                Map.of("o0", "O0", "o1", "O1", "o2", "O2"));
    }

    @Test
    void headcountLeaversOutflowsAndHiresBalanceEveryYear() {
        Random random = new Random(14);
        for (int pool = 0; pool < POOLS; pool++) {
            Scenario scenario = randomPool(random);
            int years = 1 + random.nextInt(40);
            Result result = ScenarioProjection.of(scenario, years, null);

            double start = result.totals().get(0);
            double leavers = 0;
            double outflow = 0;
            double hired = 0;
            for (int year = 0; year <= years; year++) {
                leavers += result.leavers().get(year);
                outflow += result.outflow().get(year);
                hired += result.hired().get(year);
                double scale = start + hired + 1;
                assertThat(result.totals().get(year) + leavers + outflow - hired).as("pool %d, year %d", pool, year)
                    .isCloseTo(start, within(1e-10 * scale));
                int y = year;
                assertThat(result.classes().stream().mapToDouble(c -> c.headcount().get(y)).sum())
                    .isCloseTo(result.totals().get(year), within(1e-10 * scale));
                assertThat(result.classes().stream().mapToDouble(c -> c.leavers().get(y)).sum())
                    .isCloseTo(result.leavers().get(year), within(1e-10 * scale));
                assertThat(result.classes()
                    .stream()
                    .flatMap(c -> c.outflows().stream())
                    .mapToDouble(o -> o.people().get(y))
                    .sum()).isCloseTo(result.outflow().get(year), within(1e-10 * scale));
            }
            for (ClassProjection c : result.classes()) {
                assertThat(c.headcount()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(0));
            }
        }
    }

    @Test
    void reachAgreesWithFollowingThePeopleYearByYear() {
        Random random = new Random(41);
        int[] seen = new int[3];
        for (int pool = 0; pool < POOLS; pool++) {
            Scenario scenario = randomPool(random);
            int size = scenario.classes().size();
            int target = random.nextInt(size);
            ModelClass t = scenario.classes().get(target);
            Result result = ScenarioProjection.of(scenario, 1, new ClassRef(t.id(), t.title(), "s", t.level()));
            double[][] p = matrix(scenario);

            assertThat(result.reach().feeders()).hasSize(size - 1);
            for (FeederReach feeder : result.reach().feeders()) {
                int from = Integer.parseInt(feeder.id().substring(1));
                double[] followed = follow(p, from, target);
                String where = "pool " + pool + ", from " + feeder.id() + " to " + t.id();
                assertThat(feeder.probability()).as(where).isCloseTo(followed[0], within(1e-7));
                seen[0] += followed[0] == 0 ? 1 : 0;
                seen[1] += followed[3] > 0 ? 1 : 0;
                seen[2] += followed[3] > 0 ? 0 : 1;
                if (followed[0] == 0) {
                    assertThat(feeder.expectedYears()).as(where).isNull();
                    assertThat(feeder.reasons()).as(where).containsKey("expectedYears");
                }
                else {
                    assertThat(feeder.expectedYears()).as(where)
                        .isCloseTo(followed[1] / followed[0], within(1e-6 * (1 + followed[1] / followed[0])));
                }
                if (followed[3] > 0) {
                    assertThat(feeder.expectedYearsInService()).as(where).isNull();
                    assertThat(feeder.reasons().get("expectedYearsInService")).as(where).startsWith("infinite: ");
                }
                else {
                    assertThat(feeder.expectedYearsInService()).as(where)
                        .isCloseTo(followed[2], within(1e-6 * followed[2]));
                }
            }
        }
        // the pools had feeders that never reach the target, that may stay for ever, and
        // that leave in time
        assertThat(seen[0]).isGreaterThan(20);
        assertThat(seen[1]).isGreaterThan(20);
        assertThat(seen[2]).isGreaterThan(20);
    }

    /**
     * P built straight from the scenario: what a row's moves and attrition leave over
     * stays.
     */
    static double[][] matrix(Scenario scenario) {
        int size = scenario.classes().size();
        double[][] p = new double[size][size];
        double[] gone = new double[size];
        for (Transition t : scenario.transitions()) {
            int from = Integer.parseInt(t.from().substring(1));
            gone[from] += t.rate();
            if (!t.leavesPool()) {
                p[from][Integer.parseInt(t.to().substring(1))] += t.rate();
            }
        }
        for (int i = 0; i < size; i++) {
            p[i][i] = 1 - gone[i] - scenario.attrition().get("c" + i);
        }
        return p;
    }

    /**
     * One person in class {@code from}, followed for 10,000 years, the target absorbing:
     * the share that reaches it, the share-weighted years of reaching it, the expected
     * years before reaching it or leaving, and the share still in the pool (but not the
     * target) at the end, which only a class nobody leaves keeps.
     */
    static double[] follow(double[][] p, int from, int target) {
        double[] people = new double[p.length];
        people[from] = 1;
        double reached = 0;
        double weighted = 0;
        double inService = 0;
        for (int year = 1; year <= 10_000; year++) {
            double[] next = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                inService += people[i];
                for (int j = 0; j < p.length; j++) {
                    if (j == target) {
                        reached += people[i] * p[i][j];
                        weighted += year * people[i] * p[i][j];
                    }
                    else {
                        next[j] += people[i] * p[i][j];
                    }
                }
            }
            people = next;
        }
        double remaining = 0;
        for (double share : people) {
            remaining += share > 1e-12 ? share : 0;
        }
        return new double[] { reached, weighted, inService, remaining };
    }

}
