package org.careergraph.routes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careergraph.catalog.ClassChanges;
import org.careergraph.catalog.ClassProfiles;
import org.careergraph.catalog.StatedProfile;
import org.careergraph.vocabulary.ItemKind;
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
    private final ClassProfiles profiles;

    RoutePlanner(Neo4jClient neo4j, CypherScripts cypher, ClassSearch search, ClassProfiles profiles) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.search = search;
        this.profiles = profiles;
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
        List<Costed> best = candidates(from.id(), to.id(), query).stream()
                .map(c -> new Costed(c, RouteCost.of(c))).sorted(order).limit(query.k()).toList();
        Map<String, StatedProfile> stated = profiles.read(best.stream()
                .flatMap(c -> c.route().stops().stream().map(Candidate.Stop::id)).distinct().toList());
        List<CareerRoute> routes = best.stream()
                .map(c -> explain(c.route(), c.cost(), query.person(), stated)).toList();
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

    /**
     * A ranked candidate as the answer shows it.
     *
     * @param stated what each class of the route states, read once for all routes of the answer
     */
    static CareerRoute explain(Candidate route, RouteCost cost, Person person, Map<String, StatedProfile> stated) {
        Eligibility.Assessment assessment = person == null ? null : Eligibility.assess(person, route);
        List<RouteStep> steps = new ArrayList<>();
        for (int i = 0; i < route.stops().size(); i++) {
            Candidate.Stop stop = route.stops().get(i);
            Candidate.Hop hop = i == 0 ? null : route.hops().get(i - 1);
            steps.add(new RouteStep(stop.id(), stop.title(), stop.agency(), stop.grades(), stop.level(),
                    hop == null ? null : hop.type(), hop == null ? null : hop.basis(),
                    hop == null ? null : new Provenance(hop.sourceFile(), hop.sourceLine()),
                    stop.requirements(), eligibility(assessment, i, stated.get(stop.id())),
                    i == 0 ? null : changes(stated.get(route.stops().get(i - 1).id()), stated.get(stop.id()))));
        }
        return new CareerRoute(route.moves(), cost,
                assessment == null ? null : assessment.estimatedYears(), steps);
    }

    private static StepEligibility eligibility(Eligibility.Assessment assessment, int step, StatedProfile stated) {
        StepEligibility eligibility = assessment == null ? null : assessment.steps().get(step);
        if (eligibility == null || stated == null) {
            return eligibility;
        }
        return eligibility.withCredentials(java.util.stream.Stream.of(ItemKind.CERTIFICATION, ItemKind.LICENCE,
                ItemKind.CLEARANCE).flatMap(k -> stated.section(k).stream()).distinct().toList());
    }

    private static ClassChanges changes(StatedProfile before, StatedProfile after) {
        return before == null || after == null ? null : ClassChanges.between(before, after);
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
