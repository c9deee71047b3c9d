package org.careergraph.routes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careergraph.vocabulary.ClassRequirements;
import org.careergraph.vocabulary.Provenance;
import org.careergraph.catalog.ClassMatch;
import org.careergraph.catalog.ClassSearch;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.vocabulary.MoveType;
import org.neo4j.driver.Value;
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
        neo4j.query(cypher.query("routes/next-moves")).bind(from.id()).to("id")
                .fetchAs(TypedMove.class).mappedBy((types, r) -> new TypedMove(r.get("type").asString(), move(r))).all()
                .forEach(typed -> grouped.get(typed.type()).add(typed.move()));
        return grouped;
    }

    private record TypedMove(String type, NextMove move) {
    }

    private static NextMove move(org.neo4j.driver.Record r) {
        Value c = r.get("class");
        return new NextMove(c.get("id").asString(), c.get("title").asString(), c.get("agency").asString(),
                c.get("family").asString(), c.get("grades").asList(Value::asString), c.get("level").asInt(),
                c.get("tracks").asList(Value::asString), ClassRequirements.of(c), r.get("basis").asString(null),
                new Provenance(r.get("sourceFile").asString(null), r.get("sourceLine").isNull() ? null : r.get("sourceLine").asInt()));
    }

    List<ReachableClass> reachable(String classText, int maxMoves) {
        ClassMatch from = search.resolve(classText);
        return List.copyOf(neo4j.query(cypher.query("routes/reachable")).bind(from.id()).to("id")
                .bind(maxMoves).to("maxMoves").bind(REACHABLE_LIMIT).to("limit").fetchAs(ReachableClass.class)
                .mappedBy((types, r) -> new ReachableClass(r.get("id").asString(), r.get("title").asString(),
                        r.get("agency").asString(), r.get("family").asString(), r.get("grades").asList(Value::asString),
                        r.get("tracks").asList(Value::asString), r.get("level").asInt(), r.get("distance").asInt()))
                .all());
    }

}
