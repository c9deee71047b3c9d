package org.careergraph.observed;

import org.careergraph.cypher.CypherScripts;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the de facto moves a route may walk ({@code OBSERVED_MOVE}, one per pair of
 * classes) in step with the recorded history and the moves. Every import that changes
 * either calls it, in its own transaction.
 */
@Component
public class DeFactoMoves {

    /**
     * The relationship a de facto move is walked along, and a route step's {@code move}
     * when it takes one.
     */
    public static final String RELATIONSHIP = "OBSERVED_MOVE";

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    DeFactoMoves(Neo4jClient neo4j, CypherScripts cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    /**
     * Rewrites every de facto move from the recorded history; returns how many there are.
     */
    public int refresh() {
        return neo4j.query(cypher.query("observed/refresh-observed-moves")).fetchAs(Integer.class).one().orElse(0);
    }

}
