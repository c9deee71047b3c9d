package org.careergraph.importer;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The normalized level of work: 1 for a class nothing promotes into, otherwise one above
 * the highest class that promotes into it. Comparable across agencies because every
 * ladder starts at 1. Both front ends compute it here: the documents for all their
 * classes, HR for its own above the classes already in the graph.
 */
public final class LevelOfWork {

    /**
     * A promotion as the levels see it, with where it is stated.
     *
     * @param column the CSV column a problem with it points at, or null for a document
     */
    public record Promotion(String from, String to, Location at, String column) {
    }

    private LevelOfWork() {
    }

    /**
     * @param ids the classes to compute a level for
     * @param promotions promotions into and among them; those from a class in neither
     * {@code ids} nor {@code fixed} are left out
     * @param fixed the level of classes kept as they are (another importer's)
     * @return the level of every class of {@code ids}, or null when promotions among them
     * form a loop or a class promotes to itself (reported in {@code problems})
     */
    public static Map<String, Integer> levels(Collection<String> ids, List<Promotion> promotions,
            Map<String, Integer> fixed, List<ImportProblem> problems) {
        var ladder = new SimpleDirectedGraph<String, DefaultEdge>(DefaultEdge.class);
        ids.forEach(ladder::addVertex);
        int before = problems.size();
        for (Promotion p : promotions) {
            if (p.from().equals(p.to())) {
                problems.add(p.at().problem(p.column(), "'" + p.from() + "' promotes to itself"));
            }
            else if (ladder.containsVertex(p.from()) && ladder.containsVertex(p.to())) {
                ladder.addEdge(p.from(), p.to());
            }
        }
        if (problems.size() > before) {
            return null;
        }
        CycleDetector<String, DefaultEdge> cycles = new CycleDetector<>(ladder);
        if (cycles.detectCycles()) {
            Set<String> loop = cycles.findCycles();
            Promotion culprit = promotions.stream()
                .filter(p -> loop.contains(p.from()) && loop.contains(p.to()))
                .reduce((a, b) -> b)
                .orElseThrow();
            problems.add(culprit.at()
                .problem(culprit.column(), "promotions form a loop through "
                        + String.join(", ", loop.stream().sorted().toList()) + ": one of them leads downward"));
            return null;
        }
        Map<String, List<Promotion>> into = promotions.stream().collect(Collectors.groupingBy(Promotion::to));
        Map<String, Integer> levels = new HashMap<>();
        new TopologicalOrderIterator<>(ladder).forEachRemaining(id -> levels.put(id,
                into.getOrDefault(id, List.of())
                    .stream()
                    .map(p -> levels.containsKey(p.from()) ? levels.get(p.from()) : fixed.get(p.from()))
                    .filter(level -> level != null)
                    .mapToInt(level -> level + 1)
                    .max()
                    .orElse(1)));
        return levels;
    }

}
