package org.careergraph.hr;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.careergraph.hr.GraphSnapshot.KnownClass;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The level of work of HR's classes, by the document importer's rule: one above the highest class that promotes
 * into it, 1 when none does. Classes of other origins keep the level their importer computed.
 */
final class HrLevels {

    private HrLevels() {
    }

    /**
     * @return the level of every class HR owns, or null when its promotions form a loop (reported in {@code errors})
     */
    static Map<String, Integer> of(Collection<String> own, Map<String, KnownClass> graph, List<MoveRow> promotions,
                                   List<HrFileError> errors) {
        var ladder = new SimpleDirectedGraph<String, DefaultEdge>(DefaultEdge.class);
        own.forEach(ladder::addVertex);
        promotions.stream().filter(p -> ladder.containsVertex(p.from()) && ladder.containsVertex(p.to()))
                .forEach(p -> ladder.addEdge(p.from(), p.to()));
        CycleDetector<String, DefaultEdge> cycles = new CycleDetector<>(ladder);
        if (cycles.detectCycles()) {
            Set<String> loop = cycles.findCycles();
            MoveRow culprit = promotions.stream().filter(p -> loop.contains(p.from()) && loop.contains(p.to()))
                    .reduce((a, b) -> b).orElseThrow();
            errors.add(culprit.at().error("to", "promotions form a loop through " + String.join(", ", loop.stream()
                    .sorted().toList()) + ": one of them leads downward"));
            return null;
        }
        Map<String, List<MoveRow>> into = promotions.stream().collect(Collectors.groupingBy(MoveRow::to));
        Map<String, Integer> levels = new HashMap<>();
        new TopologicalOrderIterator<>(ladder).forEachRemaining(id -> levels.put(id, into.getOrDefault(id, List.of())
                .stream().mapToInt(p -> (levels.containsKey(p.from()) ? levels.get(p.from()) : graph.get(p.from()).level()) + 1)
                .max().orElse(1)));
        return levels;
    }
}
