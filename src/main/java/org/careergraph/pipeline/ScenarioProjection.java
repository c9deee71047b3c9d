package org.careergraph.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.RealVector;
import org.careergraph.pipeline.ModelGraph.ModelClass;
import org.careergraph.pipeline.ProjectionAnswer.ClassProjection;
import org.careergraph.pipeline.ProjectionAnswer.FeederReach;
import org.careergraph.pipeline.ProjectionAnswer.Outflow;
import org.careergraph.pipeline.ProjectionAnswer.Reach;
import org.careergraph.pipeline.ProjectionAnswer.Result;

/**
 * One scenario run through the Markov model and written as an answer: every person
 * accounted for each year (stayed, moved within the pool, moved out of it, left the
 * service), and the reach towards the target, at full precision.
 */
final class ScenarioProjection {

    private static final String NO_WAY_OUT = "(no attrition, no move with a rate above 0 out of ";

    private ScenarioProjection() {
    }

    static Result of(Scenario scenario, int years, ClassRef target) {
        ManpowerModel model = new ManpowerModel(scenario);
        List<RealVector> path = model.project(scenario.headcounts(), years);
        Set<String> pool = Set.copyOf(model.states());
        List<ClassProjection> classes = new ArrayList<>();
        double[] leaversPerYear = new double[years + 1];
        double[] outflowPerYear = new double[years + 1];
        for (int i = 0; i < scenario.classes().size(); i++) {
            ModelClass c = scenario.classes().get(i);
            double attrition = scenario.attrition().getOrDefault(c.id(), 0.0);
            List<Double> headcount = new ArrayList<>();
            List<Double> vacancies = c.authorized() == null ? null : new ArrayList<>();
            List<Double> leavers = new ArrayList<>();
            for (int year = 0; year <= years; year++) {
                double people = path.get(year).getEntry(i);
                headcount.add(people);
                if (vacancies != null) {
                    vacancies.add(c.authorized() - people);
                }
                leavers.add(year == 0 ? 0 : path.get(year - 1).getEntry(i) * attrition);
                leaversPerYear[year] += leavers.get(year);
            }
            List<Outflow> outflows = new ArrayList<>();
            for (Transition t : scenario.transitions()) {
                if (t.from().equals(c.id()) && !pool.contains(t.to())) {
                    List<Double> people = new ArrayList<>();
                    for (int year = 0; year <= years; year++) {
                        people.add(year == 0 ? 0 : path.get(year - 1).getEntry(i) * t.rate());
                        outflowPerYear[year] += people.get(year);
                    }
                    outflows.add(new Outflow(t.to(), scenario.outside().get(t.to()), t.type(), t.rate(), t.source(),
                            people));
                }
            }
            classes.add(new ClassProjection(c.id(), c.title(), c.level(), c.authorized(), attrition, outflows,
                    scenario.hires().getOrDefault(c.id(), 0.0), headcount, vacancies, leavers));
        }
        double hiresPerYear = classes.stream().mapToDouble(ClassProjection::hires).sum();
        List<Double> hired = IntStream.rangeClosed(0, years).mapToObj(year -> year == 0 ? 0 : hiresPerYear).toList();
        List<Double> totals = path.stream().map(v -> Arrays.stream(v.toArray()).sum()).toList();
        boolean targetModelled = target != null && model.states().contains(target.id());
        return new Result(scenario.name(), classes, totals, hired, Arrays.stream(leaversPerYear).boxed().toList(),
                Arrays.stream(outflowPerYear).boxed().toList(), scenario.transitions(),
                targetModelled ? reach(model, scenario, target) : null);
    }

    private static Reach reach(ManpowerModel model, Scenario scenario, ClassRef target) {
        AbsorbingChain chain = model.reach(target.id());
        List<List<Double>> matrix = new ArrayList<>();
        for (int i = 0; i < chain.classes().size(); i++) {
            matrix.add(Arrays.stream(chain.fundamental().getRow(i)).boxed().toList());
        }
        List<FeederReach> feeders = new ArrayList<>();
        for (ModelClass c : scenario.classes()) {
            int i = chain.classes().indexOf(c.id());
            if (c.id().equals(target.id())) {
                continue;
            }
            Map<String, String> reasons = new LinkedHashMap<>();
            List<String> trapped = chain.trapped().get(c.id());
            if (i < 0) {
                String stays = trapped.equals(List.of(c.id())) ? "nobody leaves this class " + NO_WAY_OUT + "it)"
                        : "its people only move among " + String.join(", ", trapped) + ", which nobody leaves "
                                + NO_WAY_OUT + "them)";
                reasons.put("expectedYears", "nobody from this class reaches the target: " + stays);
                reasons.put("expectedYearsInService", "infinite: " + stays);
                feeders.add(new FeederReach(c.id(), c.title(), 0, null, null, reasons));
                continue;
            }
            Double years = chain.yearsToReach(i);
            Double inService = chain.yearsInService(i);
            if (years == null) {
                reasons.put("expectedYears",
                        "nobody from this class reaches the target: no route with rates above 0 " + "leads there");
            }
            if (inService == null) {
                reasons.put("expectedYearsInService",
                        "infinite: some of its people may reach " + String.join(", ", trapped)
                                + ", which nobody leaves " + NO_WAY_OUT + (trapped.size() == 1 ? "it" : "them")
                                + "), and stay for ever");
            }
            feeders.add(new FeederReach(c.id(), c.title(), chain.probability(i), years, inService, reasons));
        }
        return new Reach(target, chain.classes(), matrix, feeders);
    }

}
