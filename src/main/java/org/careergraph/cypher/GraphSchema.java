package org.careergraph.cypher;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher}; every statement is idempotent, so it runs at
 * every start.
 */
@Component
public class GraphSchema {

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    GraphSchema(Neo4jClient neo4j, CypherScripts cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    public void apply() {
        for (String statement : cypher.statements("schema")) {
            neo4j.query(statement).run();
        }
    }

}
