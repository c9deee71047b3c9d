package org.careergraph.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careergraph.catalog.ClassSearch;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.pipeline.BottleneckAnswer.Bottleneck;
import org.careergraph.pipeline.BottleneckAnswer.SingleFeeder;
import org.careergraph.pipeline.PromotionGraph.Node;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the thin middle of the hourglass: the classes that most promotion routes from the
 * entry classes to the top classes pass through (ties broken by shortest-path
 * betweenness), and the classes only one class promotes into.
 */
@Service
@Transactional(readOnly = true)
class Bottlenecks {

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    private final ClassSearch search;

    Bottlenecks(Neo4jClient neo4j, CypherScripts cypher, ClassSearch search) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.search = search;
    }

    /**
     * @param topTexts ids or titles of the classes to count routes to; the ladder tops
     * when empty
     */
    BottleneckAnswer find(List<String> topTexts) {
        PromotionGraph graph = new PromotionGraph(List.copyOf(neo4j.query(cypher.query("pipeline/promotion-graph"))
            .fetchAs(Node.class)
            .mappedBy((types, r) -> r.as(Node.class))
            .all()));
        Set<String> tops = new LinkedHashSet<>();
        topTexts.forEach(text -> tops.add(search.resolve(text).id()));
        if (tops.isEmpty()) {
            tops.addAll(graph.ladderTops());
        }
        Map<String, Double> into = graph.routesFromEntries();
        Map<String, Double> out = graph.routesToTops(tops);
        Map<String, Double> betweenness = graph.betweenness();
        double routes = tops.stream().mapToDouble(into::get).sum();
        List<String> onRoutes = into.keySet()
            .stream()
            .filter(id -> out.get(id) > 0 || tops.contains(id))
            .sorted(Comparator.comparingDouble((String id) -> -into.get(id) * out.get(id))
                .thenComparingDouble(id -> -betweenness.get(id))
                .thenComparing(id -> graph.node(id).title())
                .thenComparing(id -> id))
            .toList();
        List<Bottleneck> ranked = new ArrayList<>();
        List<SingleFeeder> single = new ArrayList<>();
        for (String id : onRoutes) {
            Node node = graph.node(id);
            double through = into.get(id) * out.get(id);
            List<String> feeders = graph.feeders(id);
            String onlyFeeder = feeders.size() == 1 ? feeders.get(0) : null;
            ranked.add(new Bottleneck(ranked.size() + 1, id, node.title(), node.agency(), node.level(), (long) through,
                    routes == 0 ? 0 : Math.round(through / routes * 10_000) / 10_000.0, betweenness.get(id),
                    node.incumbents(), onlyFeeder));
            if (onlyFeeder != null) {
                Node feeder = graph.node(onlyFeeder);
                single.add(new SingleFeeder(id, node.title(), node.level(), tops.contains(id), onlyFeeder,
                        feeder.title(), feeder.incumbents(), node.lateralWaysIn()));
            }
        }
        single.sort(Comparator.comparing((SingleFeeder s) -> !s.top())
            .thenComparingInt(s -> -s.level())
            .thenComparing(SingleFeeder::title)
            .thenComparing(SingleFeeder::id));
        List<ClassRef> topMatches = tops.stream()
            .map(graph::node)
            .sorted(Comparator.comparing(Node::title).thenComparing(Node::id))
            .map(n -> new ClassRef(n.id(), n.title(), n.agency(), n.level()))
            .toList();
        return new BottleneckAnswer(topMatches, (long) routes, ranked, single);
    }

}
