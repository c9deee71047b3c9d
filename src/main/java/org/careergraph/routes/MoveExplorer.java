package org.careergraph.routes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careergraph.catalog.ClassMatch;
import org.careergraph.catalog.ClassSearch;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.observed.Observed;
import org.careergraph.observed.ObservedMove;
import org.careergraph.observed.ObservedMoves;
import org.careergraph.observed.Period;
import org.careergraph.routes.NextMoves.WhereTheyWent;
import org.careergraph.vocabulary.MoveType;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks one move ahead, or a few: "where can I go from here?". */
@Service
@Transactional(readOnly = true)
class MoveExplorer {

    static final int REACHABLE_LIMIT = 500;

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    private final ClassSearch search;

    private final ObservedMoves observed;

    MoveExplorer(Neo4jClient neo4j, CypherScripts cypher, ClassSearch search, ObservedMoves observed) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.search = search;
        this.observed = observed;
    }

    /**
     * The next moves grouped by relationship type (PROMOTES_TO, SAME_GRADE, PEER_OF),
     * each with the people recorded making it in the period, and where people leaving the
     * class actually went.
     */
    NextMoves next(String classText, Period period) {
        ClassMatch from = search.resolve(classText);
        List<ObservedMove> went = observed.outOf(from.id(), period);
        Map<String, Observed> counts = new HashMap<>();
        went.forEach(m -> counts.put(m.to().id(), new Observed(m.people(), List.copyOf(m.byYear().keySet()))));
        Map<String, List<NextMove>> grouped = new LinkedHashMap<>();
        for (MoveType move : MoveType.values()) {
            grouped.put(move.name(), new ArrayList<>());
        }
        neo4j.query(cypher.query("routes/next-moves"))
            .bind(from.id())
            .to("id")
            .fetchAs(NextMove.class)
            .mappedBy((types, r) -> {
                NextMove move = r.get("move").as(NextMove.class);
                move = move.with(counts.get(move.id()));
                grouped.get(r.get("type").asString()).add(move);
                return move;
            })
            .all();
        int leavers = went.stream().mapToInt(ObservedMove::people).sum();
        return new NextMoves(grouped.get("PROMOTES_TO"), grouped.get("SAME_GRADE"), grouped.get("PEER_OF"),
                new WhereTheyWent(period.words(), leavers, went));
    }

    List<ReachableClass> reachable(String classText, int maxMoves) {
        ClassMatch from = search.resolve(classText);
        return List.copyOf(neo4j.query(cypher.query("routes/reachable"))
            .bind(from.id())
            .to("id")
            .bind(maxMoves)
            .to("maxMoves")
            .bind(REACHABLE_LIMIT)
            .to("limit")
            .fetchAs(ReachableClass.class)
            .mappedBy((types, r) -> r.as(ReachableClass.class))
            .all());
    }

}
