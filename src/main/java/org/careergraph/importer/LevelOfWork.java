package org.careergraph.importer;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careergraph.importer.GraphPlan.PlannedMove;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The normalized level of work: 1 for a class nothing promotes into, otherwise one above the highest
 * class that promotes into it. Comparable across agencies because every ladder starts at 1.
 */
final class LevelOfWork {

    private LevelOfWork() {
    }

    static Map<String, Integer> levels(Collection<String> ids, List<PlannedMove> promotions) {
        var graph = new SimpleDirectedGraph<String, DefaultEdge>(DefaultEdge.class);
        ids.forEach(graph::addVertex);
        for (PlannedMove move : promotions) {
            if (move.from().equals(move.to())) {
                throw new SpecParseException(move.sourceFile(), move.sourceLine(), "'" + move.from() + "' promotes to itself");
            }
            graph.addEdge(move.from(), move.to());
        }
        CycleDetector<String, DefaultEdge> cycles = new CycleDetector<>(graph);
        if (cycles.detectCycles()) {
            Set<String> inCycle = cycles.findCycles();
            PlannedMove culprit = promotions.stream()
                    .filter(m -> inCycle.contains(m.from()) && inCycle.contains(m.to()))
                    .reduce((a, b) -> b).orElseThrow();
            throw new SpecParseException(culprit.sourceFile(), culprit.sourceLine(), "promotions form a loop through "
                    + String.join(", ", inCycle) + "; a route would move downward");
        }
        Map<String, Integer> levels = new HashMap<>();
        new TopologicalOrderIterator<>(graph).forEachRemaining(id -> levels.put(id,
                graph.incomingEdgesOf(id).stream().mapToInt(e -> levels.get(graph.getEdgeSource(e)) + 1).max().orElse(1)));
        return levels;
    }
}
