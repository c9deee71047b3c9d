package org.careergraph.cypher;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Raises the graph's version inside every write transaction just before it commits, so
 * that the new version and the new data become visible together. Spring Boot registers it
 * with the transaction manager, which covers every write the app makes (document and HR
 * imports, the command line, headcount edits).
 */
@Component
class GraphVersionBump implements TransactionExecutionListener {

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    GraphVersionBump(Neo4jClient neo4j, CypherScripts cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    @Override
    public void beforeCommit(TransactionExecution transaction) {
        if (!transaction.isReadOnly() && !transaction.isRollbackOnly()) {
            neo4j.query(cypher.query("graph/bump-version")).run();
        }
    }

}
