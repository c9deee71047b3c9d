package org.careergraph.pipeline;

import java.util.List;
import org.careergraph.catalog.ClassMatch;
import org.careergraph.catalog.ClassSearch;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.pipeline.FeederAnswer.Feeder;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "who could fill this class?": the feeder pool and its bench strength, from the
 * graph's moves.
 */
@Service
@Transactional(readOnly = true)
class FeederPool {

    /** The longest route the graph searches, as for routes between two classes. */
    static final int MAX_MOVES = 12;

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    private final ClassSearch search;

    FeederPool(Neo4jClient neo4j, CypherScripts cypher, ClassSearch search) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.search = search;
    }

    /**
     * @param classText an id or a title, resolved like a route's ends
     */
    FeederAnswer feeders(String classText, int maxMoves) {
        ClassMatch target = search.resolve(classText);
        var feeders = neo4j.query(cypher.query("pipeline/feeders"))
            .bind(target.id())
            .to("id")
            .bind(maxMoves)
            .to("maxMoves")
            .fetchAs(Feeder.class)
            .mappedBy((types, r) -> r.as(Feeder.class))
            .all();
        return FeederAnswer.of(target, maxMoves, List.copyOf(feeders));
    }

}
