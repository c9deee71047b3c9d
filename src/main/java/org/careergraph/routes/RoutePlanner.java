package org.careergraph.routes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.careergraph.vocabulary.Provenance;
import org.careergraph.catalog.ClassMatch;
import org.careergraph.catalog.ClassSearch;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.vocabulary.MoveType;
import org.careergraph.web.ProblemException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds career routes between two classes: Neo4j's {@code SHORTEST k} path selector with the constraints
 * inside the pattern gives the candidates, which are then ranked and explained. One route by fewest moves
 * needs only the routes of the shortest length ({@code ALL SHORTEST}), which stops the search earlier.
 */
@Service
@Transactional(readOnly = true)
public class RoutePlanner {

    private final Neo4jClient neo4j;
    private final CypherScripts cypher;
    private final ClassSearch search;

    RoutePlanner(Neo4jClient neo4j, CypherScripts cypher, ClassSearch search) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.search = search;
    }

    RouteAnswer route(RouteQuery query) {
        List<ClassMatch> ends = search.resolveAll(List.of(query.from(), query.to()));
        ClassMatch from = ends.get(0);
        ClassMatch to = ends.get(1);
        if (from.id().equals(to.id())) {
            throw ProblemException.badRequest("'from' and 'to' both name " + from.title() + "; choose two different classes");
        }
        Comparator<Costed> order = Comparator.comparingDouble((Costed c) -> c.cost().under(query.rank()))
                .thenComparingDouble(c -> c.cost().moves())
                .thenComparing(c -> c.route().stops().stream().map(Candidate.Stop::title).toList().toString());
        List<CareerRoute> routes = candidates(from.id(), to.id(), query).stream()
                .map(c -> new Costed(c, RouteCost.of(c))).sorted(order).limit(query.k())
                .map(c -> explain(c.route(), c.cost(), query.person())).toList();
        String rank = query.rank().name().toLowerCase(Locale.ROOT);
        return new RouteAnswer(from, to, rank, routes, routes.isEmpty() ? noRouteReason(from, to, query) : null);
    }

    List<Candidate> candidates(String fromId, String toId, RouteQuery query) {
        boolean shortestOnly = query.k() == 1 && query.rank() == RouteQuery.Rank.MOVES;
        return List.copyOf(neo4j.query(cypher.query(shortestOnly ? "routes/shortest-routes" : "routes/candidate-routes"))
                .bind(fromId).to("from").bind(toId).to("to").bind(query.relationshipTypes()).to("moveTypes")
                .bind(query.track()).to("track").bind(query.crossAgency()).to("crossAgency")
                .bind(query.maxMoves()).to("maxMoves")
                .fetchAs(Candidate.class).mappedBy((types, record) -> Candidate.of(record)).all());
    }

    /** A candidate with its cost, worked out once for ranking and answer alike. */
    private record Costed(Candidate route, RouteCost cost) {
    }

    static CareerRoute explain(Candidate route, RouteCost cost, Person person) {
        Eligibility.Assessment assessment = person == null ? null : Eligibility.assess(person, route);
        List<RouteStep> steps = new ArrayList<>();
        for (int i = 0; i < route.stops().size(); i++) {
            Candidate.Stop stop = route.stops().get(i);
            Candidate.Hop hop = i == 0 ? null : route.hops().get(i - 1);
            steps.add(new RouteStep(stop.id(), stop.title(), stop.agency(), stop.grades(), stop.level(),
                    hop == null ? null : hop.type(), hop == null ? null : hop.basis(),
                    hop == null ? null : new Provenance(hop.sourceFile(), hop.sourceLine()),
                    stop.requirements(),
                    assessment == null ? null : assessment.steps().get(i)));
        }
        return new CareerRoute(route.moves(), cost,
                assessment == null ? null : assessment.estimatedYears(), steps);
    }

    static String noRouteReason(ClassMatch from, ClassMatch to, RouteQuery query) {
        if (to.level() < from.level()) {
            return "Routes never move downward: " + to.title() + " (level of work " + to.level() + ") is below "
                    + from.title() + " (level " + from.level() + ").";
        }
        if (to.level() - from.level() > query.maxMoves()) {
            return to.title() + " is " + (to.level() - from.level()) + " levels of work above " + from.title()
                    + ", more than the " + query.maxMoves() + " moves allowed.";
        }
        return "No route of at most " + query.maxMoves() + " moves leads from " + from.title() + " to " + to.title()
                + " using " + String.join(", ", query.moves().stream().map(MoveType::option)
                .sorted().toList()) + " moves" + (query.track() == null ? "" : " on the " + query.track() + " track")
                + (query.crossAgency() ? "" : " within " + from.agency()) + ".";
    }
}
