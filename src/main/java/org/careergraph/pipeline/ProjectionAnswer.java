package org.careergraph.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careergraph.web.CsvTable;

/**
 * A manpower projection: headcount and vacancies per class, year by year, for the
 * baseline and a what-if side by side, with who left the pool or the service, and how
 * likely and how soon each feeder reaches the target. Rates and figures are at full
 * precision: feeding the answer's transitions back as rates reproduces it.
 *
 * @param target the class to reach, or null
 * @param warnings what the projection had to assume, e.g. classes without a headcount
 * @param whatIf null when the request had none
 */
record ProjectionAnswer(int years, ClassRef target, List<String> warnings, Result baseline,
        Result whatIf) implements CsvTable {

    /**
     * One scenario's projection. Per year, from 0 (the start, when nothing has moved yet)
     * to the last: headcount + cumulative leavers + cumulative outflow − cumulative hired
     * stays what it was at the start.
     *
     * @param totals people in all modelled classes
     * @param hired people hired into the pool during the year
     * @param leavers people who left the service (attrition) during the year
     * @param outflow people who moved to a class outside the pool during the year
     * @param transitions every rate used, each with its source, including the moves that
     * leave the pool
     * @param reach the absorbing chain towards the target, or null without a target
     */
    record Result(String name, List<ClassProjection> classes, List<Double> totals, List<Double> hired,
            List<Double> leavers, List<Double> outflow, List<Transition> transitions, Reach reach) {
    }

    /**
     * @param attrition annual share leaving the service
     * @param outflows the moves out of the pool, per destination
     * @param headcount people in the class at year 0 (now) to the last year
     * @param vacancies authorized minus headcount per year (negative: more people than
     * positions); null when the authorized positions are not loaded
     * @param leavers people who left the service from this class during each year (0 at
     * year 0)
     */
    record ClassProjection(String id, String title, int level, Integer authorized, double attrition,
            List<Outflow> outflows, double hires, List<Double> headcount, List<Double> vacancies,
            List<Double> leavers) {
    }

    /**
     * A move from a class to one outside the pool: its people are gone from the pool,
     * like leavers.
     *
     * @param rate annual share of the class making the move
     * @param people who made the move during each year (0 at year 0)
     */
    record Outflow(String to, String title, String type, double rate, String source, List<Double> people) {
    }

    /**
     * @param classes rows and columns of the fundamental matrix, in order: the classes
     * people leave in time
     * @param fundamental N = (I − Q)⁻¹: expected years a person starting in row i spends
     * in column j
     * @param feeders per class of the pool but the target: the probability of ever
     * reaching it and the years
     */
    record Reach(ClassRef target, List<String> classes, List<List<Double>> fundamental, List<FeederReach> feeders) {
    }

    /**
     * @param probability of reaching the target before leaving the service or the pool
     * @param expectedYears to reach the target, for those who do; null when nobody does
     * @param expectedYearsInService until reaching the target or leaving, whichever comes
     * first; null when infinite
     * @param reasons why a figure is null, by field name
     */
    record FeederReach(String id, String title, double probability, Double expectedYears, Double expectedYearsInService,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> reasons) {
    }

    @Override
    public String csvFileName() {
        return "projection.csv";
    }

    @Override
    public List<String> csvHeader() {
        return List.of("year", "id", "title", "authorized", "baselineHeadcount", "baselineVacancies", "baselineLeavers",
                "baselineOutflow", "whatIfHeadcount", "whatIfVacancies", "whatIfLeavers", "whatIfOutflow");
    }

    @Override
    public List<List<Object>> csvRows() {
        Map<String, ClassProjection> other = whatIf == null ? Map.of()
                : whatIf.classes().stream().collect(Collectors.toMap(ClassProjection::id, Function.identity()));
        List<List<Object>> rows = new ArrayList<>();
        for (int year = 0; year <= years; year++) {
            for (ClassProjection c : baseline.classes()) {
                ClassProjection w = other.get(c.id());
                rows.add(Arrays.asList(year, c.id(), c.title(), c.authorized(), c.headcount().get(year),
                        at(c.vacancies(), year), c.leavers().get(year), outflow(c, year),
                        w == null ? null : w.headcount().get(year), w == null ? null : at(w.vacancies(), year),
                        w == null ? null : w.leavers().get(year), w == null ? null : outflow(w, year)));
            }
        }
        return rows;
    }

    private static double outflow(ClassProjection c, int year) {
        return c.outflows().stream().mapToDouble(o -> o.people().get(year)).sum();
    }

    private static Double at(List<Double> values, int year) {
        return values == null ? null : values.get(year);
    }
}
