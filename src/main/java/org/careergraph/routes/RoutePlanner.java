package org.careergraph.routes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careergraph.catalog.ClassChanges;
import org.careergraph.catalog.StatedProfile;
import org.careergraph.vocabulary.ItemKind;
import org.careergraph.vocabulary.Provenance;
import org.careergraph.catalog.ClassMatch;
import org.careergraph.catalog.ClassSearch;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.observed.DeFactoMoves;
import org.careergraph.observed.Observed;
import org.careergraph.observed.Period;
import org.careergraph.observed.Traffic;
import org.careergraph.observed.TrafficReader;
import org.careergraph.observed.TrafficReader.Pair;
import org.careergraph.vocabulary.MoveType;
import org.careergraph.web.ProblemException;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds career routes between two classes: Neo4j's {@code SHORTEST k} path selector with
 * the constraints inside the pattern gives the candidates, which are then ranked and
 * explained. One route by fewest moves needs only the routes of the shortest length,
 * which Neo4j's {@code allShortestPaths} finds searching from both ends at once.
 */
@Service
@Transactional(readOnly = true)
public class RoutePlanner {

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    private final ClassSearch search;

    private final RouteClasses classes;

    private final TrafficReader trafficReader;

    RoutePlanner(Neo4jClient neo4j, CypherScripts cypher, ClassSearch search, RouteClasses classes,
            TrafficReader trafficReader) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.search = search;
        this.classes = classes;
        this.trafficReader = trafficReader;
    }

    RouteAnswer route(RouteQuery query) {
        List<ClassMatch> ends = search.resolveAll(List.of(query.from(), query.to()));
        ClassMatch from = ends.get(0);
        ClassMatch to = ends.get(1);
        if (from.id().equals(to.id())) {
            throw ProblemException
                .badRequest("'from' and 'to' both name " + from.title() + "; choose two different classes");
        }
        boolean travelled = query.rank() == RouteQuery.Rank.TRAVELLED;
        List<Candidate> candidates = candidates(from.id(), to.id(), query);
        // the recorded history is read once per answer: for every candidate when it ranks
        // them, else for those shown
        Traffic ranking = travelled ? traffic(candidates, query.period()) : null;
        Comparator<Costed> order = Comparator
            .comparingDouble(
                    (Costed c) -> travelled ? -Travelled.of(c.route(), ranking).score() : c.cost().under(query.rank()))
            .thenComparingDouble(c -> c.cost().moves())
            .thenComparing(c -> c.route().stops().stream().map(Candidate.Stop::title).toList().toString())
            .thenComparing(c -> c.route().stops().stream().map(Candidate.Stop::id).toList().toString());
        List<Costed> chosen = candidates.stream()
            .map(c -> new Costed(c, RouteCost.of(c)))
            .sorted(order)
            .limit(query.k())
            .toList();
        Traffic traffic = travelled ? ranking : traffic(chosen.stream().map(Costed::route).toList(), query.period());
        Map<String, StatedProfile> stated = new HashMap<>();
        classes.read(chosen.stream().flatMap(c -> c.route().stops().stream().map(Candidate.Stop::id)).toList())
            .forEach((id, c) -> stated.put(id, c.stated()));
        List<CareerRoute> routes = chosen.stream()
            .map(c -> explain(c.route(), c.cost(), query.person(), stated, traffic, travelled))
            .toList();
        String rank = query.rank().name().toLowerCase(Locale.ROOT);
        return new RouteAnswer(from, to, rank, routes, routes.isEmpty() ? noRouteReason(from, to, query) : null);
    }

    List<Candidate> candidates(String fromId, String toId, RouteQuery query) {
        boolean shortestOnly = query.k() == 1 && query.rank() == RouteQuery.Rank.MOVES && !query.observed();
        var spec = neo4j
            .query(cypher.query(query.observed() ? "routes/candidate-routes-observed"
                    : shortestOnly ? "routes/shortest-routes" : "routes/candidate-routes"))
            .bind(fromId)
            .to("from")
            .bind(toId)
            .to("to")
            .bind(query.relationshipTypes())
            .to("moveTypes")
            .bind(query.track())
            .to("track")
            .bind(query.crossAgency())
            .to("crossAgency")
            .bind(query.maxMoves())
            .to("maxMoves");
        if (query.observed()) {
            spec = spec.bind(query.period().from()).to("fromYear").bind(query.period().to()).to("toYear");
        }
        List<Record> found = List.copyOf(spec.fetchAs(Record.class).mappedBy((types, record) -> record).all());
        Map<String, Candidate.Stop> stops = new HashMap<>();
        classes.read(found.stream().flatMap(r -> r.get("classes").asList(Value::asString).stream()).toList())
            .forEach((id, c) -> stops.put(id, c.stop()));
        return found.stream().map(r -> Candidate.of(r, stops)).toList();
    }

    private Traffic traffic(List<Candidate> routes, Period period) {
        List<Pair> pairs = new ArrayList<>();
        for (Candidate route : routes) {
            for (int i = 0; i < route.moves(); i++) {
                pairs.add(new Pair(route.stops().get(i).id(), route.stops().get(i + 1).id()));
            }
        }
        return trafficReader.read(pairs, period);
    }

    /** A candidate with its cost, worked out once for ranking and answer alike. */
    private record Costed(Candidate route, RouteCost cost) {
    }

    /**
     * A ranked candidate as the answer shows it.
     * @param stated what each class of the route states, read once for all routes of the
     * answer
     * @param ranked whether the routes were ranked by how travelled they are, so each
     * says how much
     */
    static CareerRoute explain(Candidate route, RouteCost cost, Person person, Map<String, StatedProfile> stated,
            Traffic traffic, boolean ranked) {
        Eligibility.Assessment assessment = person == null ? null : Eligibility.assess(person, route);
        List<RouteStep> steps = new ArrayList<>();
        for (int i = 0; i < route.stops().size(); i++) {
            Candidate.Stop stop = route.stops().get(i);
            Candidate.Hop hop = i == 0 ? null : route.hops().get(i - 1);
            Observed observed = i == 0 ? null : traffic.of(route.stops().get(i - 1).id(), stop.id());
            boolean deFacto = hop != null && DeFactoMoves.RELATIONSHIP.equals(hop.type());
            steps.add(new RouteStep(stop.id(), stop.title(), stop.agency(), stop.grades(), stop.level(),
                    hop == null ? null : hop.type(),
                    deFacto ? deFactoBasis(observed, traffic.period()) : hop == null ? null : hop.basis(),
                    hop == null || deFacto ? null : new Provenance(hop.sourceFile(), hop.sourceLine()),
                    stop.requirements(), eligibility(assessment, i, stated.get(stop.id())),
                    i == 0 ? null : changes(stated.get(route.stops().get(i - 1).id()), stated.get(stop.id())),
                    observed));
        }
        return new CareerRoute(route.moves(), cost, assessment == null ? null : assessment.estimatedYears(), steps,
                ranked || Travelled.anyone(route, traffic) ? Travelled.of(route, traffic) : null);
    }

    /**
     * Why a de facto step is on a route: people made the move, though no document or
     * review lists it.
     */
    static String deFactoBasis(Observed observed, Period period) {
        if (observed == null) {
            return "observed, not in the documents: nobody recorded making it " + period.words();
        }
        return "observed, not in the documents: " + observed.people() + (observed.people() == 1 ? " person" : " people")
                + " made this move in " + observed.yearsText();
    }

    private static StepEligibility eligibility(Eligibility.Assessment assessment, int step, StatedProfile stated) {
        StepEligibility eligibility = assessment == null ? null : assessment.steps().get(step);
        if (eligibility == null || stated == null) {
            return eligibility;
        }
        return eligibility
            .withCredentials(java.util.stream.Stream.of(ItemKind.CERTIFICATION, ItemKind.LICENCE, ItemKind.CLEARANCE)
                .flatMap(k -> stated.section(k).stream())
                .distinct()
                .toList());
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
                + " using " + String.join(", ", query.moves().stream().map(MoveType::option).sorted().toList())
                + " moves" + (query.track() == null ? "" : " on the " + query.track() + " track")
                + (query.observed() ? " or de facto moves" : "")
                + (query.crossAgency() ? "" : " within " + from.agency()) + ".";
    }

}
