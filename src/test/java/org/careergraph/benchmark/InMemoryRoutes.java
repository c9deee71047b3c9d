package org.careergraph.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DirectedMultigraph;
import org.jgrapht.graph.MaskSubgraph;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * The baseline: the same graph in memory with JGraphT, searched with the same constraints
 * (allowed move types, track, agency, never above the target's level), to show what Neo4j
 * and the service add.
 */
final class InMemoryRoutes {

    /** A class with the facts the constraints look at. */
    record Node(String id, int level, String agency, List<String> tracks) {
    }

    /**
     * A move between two classes (records compare by value, so the ends are part of it).
     */
    record Edge(String from, String to, String type) {
    }

    private final Graph<Node, Edge> graph = new DirectedMultigraph<>(null, null, false);

    private final Map<String, Node> nodes = new HashMap<>();

    InMemoryRoutes(Driver driver, String query) {
        try (var session = driver.session()) {
            session.run(query).forEachRemaining(r -> {
                Node from = node(r.get("from").asString(), r.get("fromLevel").asInt(), r.get("fromAgency").asString(),
                        r.get("fromTracks").asList(Value::asString));
                Node to = node(r.get("to").asString(), r.get("toLevel").asInt(), r.get("toAgency").asString(),
                        r.get("toTracks").asList(Value::asString));
                graph.addEdge(from, to, new Edge(from.id(), to.id(), r.get("type").asString()));
            });
        }
    }

    private Node node(String id, int level, String agency, List<String> tracks) {
        return nodes.computeIfAbsent(id, k -> {
            Node node = new Node(id, level, agency, tracks);
            graph.addVertex(node);
            return node;
        });
    }

    /** Up to k routes, shortest first, or an empty list when there is none. */
    List<GraphPath<Node, Edge>> routes(String fromId, String toId, int k, Set<String> types, String track,
            boolean crossAgency) {
        Node from = nodes.get(fromId);
        Node to = nodes.get(toId);
        if (from == null || to == null || to.level() < from.level()) {
            return List.of();
        }
        Graph<Node, Edge> allowed = new MaskSubgraph<>(graph,
                n -> n != from && (n.level() > to.level() || (track != null && !n.tracks().contains(track))
                        || (!crossAgency && !n.agency().equals(from.agency()))),
                e -> !types.contains(e.type()));
        if (k == 1) {
            GraphPath<Node, Edge> path = new BFSShortestPath<>(allowed).getPath(from, to);
            return path == null ? List.of() : List.of(path);
        }
        return new YenKShortestPath<>(allowed).getPaths(from, to, k);
    }

    int classes() {
        return graph.vertexSet().size();
    }

}
