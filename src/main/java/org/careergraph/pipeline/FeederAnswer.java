package org.careergraph.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.careergraph.catalog.ClassMatch;
import org.careergraph.web.CsvTable;

/**
 * The feeder pool of a class: who could move into it within a number of moves, and how
 * many people that is.
 *
 * @param target the class being fed
 * @param maxMoves the furthest a feeder may be
 * @param feeders nearest first
 * @param bench the pool's headcount, in all and by distance
 */
record FeederAnswer(ClassMatch target, int maxMoves, List<Feeder> feeders, Bench bench) implements CsvTable {

    /**
     * A class that can reach the target.
     *
     * @param distance moves on the shortest route to the target
     * @param promotions how many of those moves are promotions
     * @param route class ids of that route, feeder first, target last
     * @param incumbents people in the feeder class now, or null when no headcount is
     * loaded
     */
    record Feeder(String id, String title, String agency, int level, int distance, int promotions, List<String> route,
            Integer incumbents, Integer authorized) {
    }

    /**
     * @param classesWithoutHeadcount feeders whose headcount is unknown, so not in the
     * totals
     */
    record Bench(int classes, int incumbents, int classesWithoutHeadcount, List<AtDistance> byDistance) {
    }

    /** The bench that is {@code distance} moves away. */
    record AtDistance(int distance, int classes, int incumbents) {
    }

    static FeederAnswer of(ClassMatch target, int maxMoves, List<Feeder> feeders) {
        Map<Integer, int[]> byDistance = new TreeMap<>();
        for (Feeder f : feeders) {
            int[] sums = byDistance.computeIfAbsent(f.distance(), d -> new int[2]);
            sums[0]++;
            sums[1] += f.incumbents() == null ? 0 : f.incumbents();
        }
        List<AtDistance> distances = new ArrayList<>();
        byDistance.forEach((d, sums) -> distances.add(new AtDistance(d, sums[0], sums[1])));
        int incumbents = feeders.stream().mapToInt(f -> f.incumbents() == null ? 0 : f.incumbents()).sum();
        int unknown = (int) feeders.stream().filter(f -> f.incumbents() == null).count();
        return new FeederAnswer(target, maxMoves, List.copyOf(feeders),
                new Bench(feeders.size(), incumbents, unknown, distances));
    }

    @Override
    public String csvFileName() {
        return "feeders-" + target.id() + ".csv";
    }

    @Override
    public List<String> csvHeader() {
        return List.of("target", "distance", "id", "title", "agency", "level", "promotions", "incumbents", "authorized",
                "route");
    }

    @Override
    public List<List<Object>> csvRows() {
        return feeders.stream()
            .map(f -> Arrays.<Object>asList(target.id(), f.distance(), f.id(), f.title(), f.agency(), f.level(),
                    f.promotions(), f.incumbents(), f.authorized(), String.join(" > ", f.route())))
            .toList();
    }
}
