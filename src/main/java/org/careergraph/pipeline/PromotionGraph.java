package org.careergraph.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * Route counting on the promotion graph, in memory: the graph of a whole service fits
 * easily, and counting every route needs dynamic programming over a topological order,
 * which Cypher cannot express without enumerating every path (Neo4j's Graph Data Science
 * library, which has betweenness, is not part of the embedded server). Promotions never
 * form a loop, so the number of routes is finite; counts are kept as doubles, exact up to
 * 2^53.
 */
final class PromotionGraph {

    /** A class as a vertex, with what the answer shows about it. */
    record Node(String id, String title, String agency, int level, Integer incumbents, int lateralWaysIn,
            List<String> promotesTo) {
    }

    private final Map<String, Node> nodes;

    private final Graph<String, DefaultEdge> graph = new SimpleDirectedGraph<>(DefaultEdge.class);

    PromotionGraph(List<Node> nodes) {
        this.nodes = nodes.stream().collect(Collectors.toMap(Node::id, n -> n));
        nodes.forEach(n -> graph.addVertex(n.id()));
        nodes.forEach(
                n -> n.promotesTo().stream().filter(this.nodes::containsKey).forEach(up -> graph.addEdge(n.id(), up)));
    }

    Node node(String id) {
        return nodes.get(id);
    }

    /**
     * The tops of the ladders: classes something promotes into and that promote into
     * nothing.
     */
    Set<String> ladderTops() {
        return graph.vertexSet()
            .stream()
            .filter(v -> graph.outDegreeOf(v) == 0 && graph.inDegreeOf(v) > 0)
            .collect(Collectors.toSet());
    }

    /**
     * Routes that end at each class and start at an entry class (one nothing promotes
     * into): where careers on the ladder begin. An entry class itself has none.
     */
    Map<String, Double> routesFromEntries() {
        Map<String, Double> into = new HashMap<>();
        new TopologicalOrderIterator<>(graph).forEachRemaining(v -> into.put(v,
                graph.incomingEdgesOf(v)
                    .stream()
                    .map(graph::getEdgeSource)
                    .mapToDouble(u -> (graph.inDegreeOf(u) == 0 ? 1 : 0) + into.get(u))
                    .sum()));
        return into;
    }

    /** Routes of one or more promotions from each class to any of the tops. */
    Map<String, Double> routesToTops(Set<String> tops) {
        Map<String, Double> out = new HashMap<>();
        List<String> order = new ArrayList<>();
        new TopologicalOrderIterator<>(graph).forEachRemaining(order::add);
        for (int i = order.size() - 1; i >= 0; i--) {
            String v = order.get(i);
            out.put(v,
                    graph.outgoingEdgesOf(v)
                        .stream()
                        .map(graph::getEdgeTarget)
                        .mapToDouble(w -> (tops.contains(w) ? 1 : 0) + out.get(w))
                        .sum());
        }
        return out;
    }

    /**
     * Shortest-path betweenness (Brandes), unnormalized: pairs of classes whose shortest
     * routes pass through.
     */
    Map<String, Double> betweenness() {
        return new BetweennessCentrality<>(graph, false).getScores();
    }

    /** The classes promoting into a class. */
    List<String> feeders(String id) {
        return graph.incomingEdgesOf(id).stream().map(graph::getEdgeSource).sorted().toList();
    }

}
