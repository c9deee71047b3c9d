package org.careergraph.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.careergraph.GraphApiTest;
import org.careergraph.cypher.CypherScripts;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one-route search ({@code allShortestPaths}, from both ends) finds exactly the
 * routes of the fewest moves that the ten-candidate search ({@code SHORTEST 10}) finds,
 * for every pair of seed classes and every kind of constraint: the two queries state the
 * same constraints in different forms.
 */
@GraphApiTest
class ShortestRoutesTests {

    private static final List<String> ALL_MOVES = List.of("PROMOTES_TO", "SAME_GRADE", "PEER_OF");

    @Autowired
    Driver driver;

    @Autowired
    CypherScripts cypher;

    @Test
    void findsTheSameShortestRoutesAsTheTenCandidatesForEveryPairAndConstraint() {
        List<Map<String, Object>> constraints = List.of(constraint(ALL_MOVES, null, true, 12),
                constraint(ALL_MOVES, "Technical", true, 12), constraint(ALL_MOVES, "Management", true, 12),
                constraint(List.of("PROMOTES_TO", "SAME_GRADE"), null, false, 12),
                constraint(List.of("PROMOTES_TO"), null, true, 3), constraint(ALL_MOVES, null, true, 2));
        List<String> ids;
        try (var session = driver.session()) {
            ids = session.run("MATCH (c:JobClass) RETURN c.id AS id ORDER BY id").list(r -> r.get("id").asString());
        }
        int compared = 0;
        int withRoutes = 0;
        for (String from : ids) {
            for (String to : ids) {
                if (from.equals(to)) {
                    continue;
                }
                for (Map<String, Object> constraint : constraints) {
                    Map<String, Object> parameters = new HashMap<>(constraint);
                    parameters.put("from", from);
                    parameters.put("to", to);
                    Set<String> both = routes("routes/shortest-routes", parameters);
                    Set<String> fewest = fewestMoves(routes("routes/candidate-routes", parameters));
                    assertThat(both).as("%s → %s %s", from, to, constraint).isEqualTo(fewest);
                    compared++;
                    withRoutes += both.isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(compared).isEqualTo(ids.size() * (ids.size() - 1) * constraints.size());
        assertThat(withRoutes).as("questions that have a route").isGreaterThan(100);
    }

    private static Map<String, Object> constraint(List<String> moves, String track, boolean crossAgency, int maxMoves) {
        Map<String, Object> constraint = new HashMap<>();
        constraint.put("moveTypes", moves);
        constraint.put("track", track);
        constraint.put("crossAgency", crossAgency);
        constraint.put("maxMoves", maxMoves);
        return constraint;
    }

    /** Each route as its class ids, e.g. "[a, b, c]". */
    private Set<String> routes(String script, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            List<String> found = session.executeRead(tx -> tx.run(cypher.query(script), parameters)
                .list(r -> r.get("classes").asList(Value::asString).toString()));
            return new TreeSet<>(found);
        }
    }

    private static Set<String> fewestMoves(Set<String> routes) {
        int fewest = routes.stream().mapToInt(r -> r.split(",").length).min().orElse(0);
        List<String> kept = new ArrayList<>();
        routes.stream().filter(r -> r.split(",").length == fewest).forEach(kept::add);
        assertThat(kept).as("fewer than ten of the fewest moves, so the candidates hold them all").hasSizeLessThan(10);
        return new TreeSet<>(kept);
    }

}
