package org.careergraph.routes;

import java.util.ArrayList;
import java.util.List;
import org.careergraph.catalog.ClassDetail.Provenance;
import org.careergraph.catalog.ClassMatch;
import org.careergraph.catalog.ClassSearch;
import org.careergraph.cypher.CypherScripts;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds career routes between two classes with Neo4j's shortest-path selectors. */
@Service
@Transactional(readOnly = true)
public class RoutePlanner {

    static final int MAX_MOVES = 12;

    private final Neo4jClient neo4j;
    private final CypherScripts cypher;
    private final ClassSearch search;

    RoutePlanner(Neo4jClient neo4j, CypherScripts cypher, ClassSearch search) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.search = search;
    }

    /** Resolves both ends (ids or titles) and finds the shortest route. */
    public RouteAnswer route(String fromText, String toText) {
        ClassMatch from = search.resolve(fromText);
        ClassMatch to = search.resolve(toText);
        if (from.id().equals(to.id())) {
            throw new IllegalArgumentException("'from' and 'to' both name " + from.title() + "; choose two different classes");
        }
        List<CareerRoute> routes = new ArrayList<>(neo4j.query(cypher.query("routes/shortest-routes"))
                .bind(from.id()).to("from").bind(to.id()).to("to").bind(MAX_MOVES).to("maxMoves").bind(1).to("limit")
                .fetchAs(CareerRoute.class).mappedBy((types, r) -> route(r)).all());
        return new RouteAnswer(from, to, routes, routes.isEmpty() ? noRouteReason(from, to) : null);
    }

    static String noRouteReason(ClassMatch from, ClassMatch to) {
        if (to.level() < from.level()) {
            return "Routes never move downward: " + to.title() + " (level of work " + to.level() + ") is below "
                    + from.title() + " (level " + from.level() + ").";
        }
        return "No sequence of at most " + MAX_MOVES + " promotions, same-grade moves or peer moves leads from "
                + from.title() + " to " + to.title() + ".";
    }

    static CareerRoute route(org.neo4j.driver.Record r) {
        List<Value> classes = r.get("classes").asList(v -> v);
        List<Value> moves = r.get("steps").asList(v -> v);
        List<RouteStep> steps = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            Value c = classes.get(i);
            Value move = i == 0 ? null : moves.get(i - 1);
            steps.add(new RouteStep(c.get("id").asString(), c.get("title").asString(), c.get("agency").asString(),
                    c.get("grades").asList(Value::asString), c.get("level").asInt(),
                    move == null ? null : move.get("type").asString(),
                    move == null ? null : move.get("basis").asString(null),
                    move == null ? null : new Provenance(move.get("sourceFile").asString(null),
                            move.get("sourceLine").isNull() ? null : move.get("sourceLine").asInt())));
        }
        return new CareerRoute(r.get("moves").asInt(), steps);
    }
}
