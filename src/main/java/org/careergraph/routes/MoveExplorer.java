package org.careergraph.routes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careergraph.catalog.ClassMatch;
import org.careergraph.catalog.ClassSearch;
import org.careergraph.cypher.CypherScripts;
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

    MoveExplorer(Neo4jClient neo4j, CypherScripts cypher, ClassSearch search) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.search = search;
    }

    /** The next moves grouped by relationship type: PROMOTES_TO, SAME_GRADE, PEER_OF. */
    Map<String, List<NextMove>> next(String classText) {
        ClassMatch from = search.resolve(classText);
        Map<String, List<NextMove>> grouped = new LinkedHashMap<>();
        for (MoveType move : MoveType.values()) {
            grouped.put(move.name(), new ArrayList<>());
        }
        neo4j.query(cypher.query("routes/next-moves")).bind(from.id()).to("id").fetchAs(NextMove.class)
                .mappedBy((types, r) -> {
                    NextMove move = r.get("move").as(NextMove.class);
                    grouped.get(r.get("type").asString()).add(move);
                    return move;
                }).all();
        return grouped;
    }

    List<ReachableClass> reachable(String classText, int maxMoves) {
        ClassMatch from = search.resolve(classText);
        return List.copyOf(neo4j.query(cypher.query("routes/reachable")).bind(from.id()).to("id")
                .bind(maxMoves).to("maxMoves").bind(REACHABLE_LIMIT).to("limit").fetchAs(ReachableClass.class)
                .mappedBy((types, r) -> r.as(ReachableClass.class)).all());
    }

}
