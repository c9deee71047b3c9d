package org.careergraph.observed;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.cypher.GraphVersion;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads the recorded traffic along a set of moves in one query, e.g. every step of a
 * route answer.
 */
@Component
public class TrafficReader {

    /** A move between two classes, by id. */
    public record Pair(String from, String to) {
    }

    /** Whether any move was recorded, as read at one version of the graph. */
    private record Recorded(long version, boolean any) {
    }

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    private final GraphVersion version;

    private volatile Recorded recorded = new Recorded(-1, true);

    TrafficReader(Neo4jClient neo4j, CypherScripts cypher, GraphVersion version) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.version = version;
    }

    /** Runs in the caller's transaction. */
    public Traffic read(Collection<Pair> pairs, Period period) {
        if (pairs.isEmpty() || !anyRecorded()) {
            return new Traffic(period, Map.of(), Map.of());
        }
        List<Map<String, String>> rows = pairs.stream()
            .distinct()
            .map(p -> Map.of("from", p.from(), "to", p.to()))
            .toList();
        Map<String, Observed> moves = new HashMap<>();
        Map<String, Integer> leavers = new HashMap<>();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("pairs", rows);
        parameters.put("fromYear", period.from());
        parameters.put("toYear", period.to());
        neo4j.query(cypher.query("observed/traffic")).bindAll(parameters).fetch().all().forEach(row -> {
            String from = (String) row.get("from");
            @SuppressWarnings("unchecked")
            List<Long> years = (List<Long>) row.get("years");
            moves.put(Traffic.key(from, (String) row.get("to")), new Observed(((Number) row.get("people")).intValue(),
                    years.stream().map(Long::intValue).distinct().sorted().toList()));
            leavers.put(from, ((Number) row.get("leavers")).intValue());
        });
        return new Traffic(period, moves, leavers);
    }

    /**
     * Whether the graph holds any recorded move, read once per graph version: without a
     * history there is no traffic to read.
     */
    private boolean anyRecorded() {
        long current = version.current();
        Recorded known = recorded;
        if (known.version() != current) {
            boolean any = neo4j.query(cypher.query("observed/any-recorded-moves"))
                .fetchAs(Boolean.class)
                .one()
                .orElse(true);
            known = new Recorded(current, any);
            recorded = known;
        }
        return known.any();
    }

}
