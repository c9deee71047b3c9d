package org.careergraph.routes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.careergraph.cypher.GraphVersion;
import org.springframework.stereotype.Service;

/**
 * Answers a route question once per version of the graph: thousands of people asking the
 * same question between two writes get the answer worked out for the first of them, and
 * nobody gets an answer from before a write. Deliberately outside any transaction, so a
 * remembered answer costs no round trip to Neo4j.
 */
@Service
class RouteAnswers {

    private static final int REMEMBERED = 5_000;

    private final RoutePlanner planner;

    private final GraphVersion version;

    private final Cache<Asked, RouteAnswer> answers = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    RouteAnswers(RoutePlanner planner, GraphVersion version) {
        this.planner = planner;
        this.version = version;
    }

    /** A question as asked at one version of the graph. */
    private record Asked(long version, RouteQuery query) {
    }

    RouteAnswer route(RouteQuery query) {
        // the version is read before the planner reads the graph: an answer is never
        // older than its version
        return answers.get(new Asked(version.current(), query), asked -> planner.route(query));
    }

    /**
     * Works the answer out again, as a client asking with {@code Cache-Control: no-cache}
     * wants, and keeps it.
     */
    RouteAnswer fresh(RouteQuery query) {
        Asked asked = new Asked(version.current(), query);
        RouteAnswer answer = planner.route(query);
        answers.put(asked, answer);
        return answer;
    }

}
