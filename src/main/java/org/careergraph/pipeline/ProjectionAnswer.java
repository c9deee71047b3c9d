package org.careergraph.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careergraph.web.CsvTable;

/**
 * A manpower projection: headcount and vacancies per class, year by year, for the baseline and a what-if side by
 * side, with how likely and how soon each feeder reaches the target. Numbers are rounded to four decimals.
 *
 * @param target   the class to reach, or null
 * @param warnings what the projection had to assume, e.g. classes without a headcount
 * @param whatIf   null when the request had none
 */
record ProjectionAnswer(int years, ClassRef target, List<String> warnings, Result baseline, Result whatIf)
        implements CsvTable {

    /**
     * One scenario's projection.
     *
     * @param totals      people in all modelled classes, per year
     * @param transitions the rates used, each with its source
     * @param reach       the absorbing chain towards the target, or null without a target
     */
    record Result(String name, List<ClassProjection> classes, List<Double> totals, List<Transition> transitions,
                  Reach reach) {
    }

    /**
     * @param headcount people in the class at year 0 (now) to the last year
     * @param vacancies authorized minus headcount per year (negative: more people than positions); null when the
     *                  authorized positions are not loaded
     */
    record ClassProjection(String id, String title, int level, Integer authorized, double attrition, double hires,
                           List<Double> headcount, List<Double> vacancies) {
    }

    /**
     * @param classes     rows and columns of the fundamental matrix, in order
     * @param fundamental N = (I − Q)⁻¹: expected years a person starting in row i spends in column j
     * @param feeders     per class: the probability of ever reaching the target and the expected years
     */
    record Reach(ClassRef target, List<String> classes, List<List<Double>> fundamental, List<FeederReach> feeders) {
    }

    /**
     * @param probability            of reaching the target before leaving the service
     * @param expectedYears          to reach the target, for those who do; null when nobody does
     * @param expectedYearsInService until reaching the target or leaving, whichever comes first
     */
    record FeederReach(String id, String title, double probability, Double expectedYears, double expectedYearsInService) {
    }

    @Override
    public String csvFileName() {
        return "projection.csv";
    }

    @Override
    public List<String> csvHeader() {
        return List.of("year", "id", "title", "authorized", "baselineHeadcount", "baselineVacancies",
                "whatIfHeadcount", "whatIfVacancies");
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
                        at(c.vacancies(), year), w == null ? null : w.headcount().get(year), w == null ? null
                                : at(w.vacancies(), year)));
            }
        }
        return rows;
    }

    private static Double at(List<Double> values, int year) {
        return values == null ? null : values.get(year);
    }
}
