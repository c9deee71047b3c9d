package org.careergraph.cypher;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The graph's version, so that an answer worked out once can be served again until the
 * graph changes, and never after. With the embedded Neo4j every committed write of any
 * client (this app, Neo4j Browser, a script over Bolt) is seen in-process and counted, at
 * no cost per request. With a Neo4j server, other processes may write, so every call
 * reads the version node each Career Graph write raises in the same transaction
 * ({@link GraphVersionBump}).
 */
@Component
public class GraphVersion {

    /**
     * Counts committed writes when every write passes through this JVM (the embedded
     * database).
     */
    public interface LocalCommits {

        long count();

    }

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    private final LocalCommits local;

    private final TransactionTemplate read;

    GraphVersion(Neo4jClient neo4j, CypherScripts cypher, ObjectProvider<LocalCommits> local,
            PlatformTransactionManager transactions) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.local = local.getIfAvailable();
        this.read = new TransactionTemplate(transactions);
        this.read.setReadOnly(true); // joins the caller's transaction; alone, a read one
                                     // a cluster routes to a reader
    }

    /**
     * The current version; read it before the data an answer is worked out from (in the
     * same transaction when there is one), so that the answer is never older than the
     * version it is filed under.
     */
    public long current() {
        if (local != null) {
            return local.count();
        }
        Long version = read
            .execute(status -> neo4j.query(cypher.query("graph/version")).fetchAs(Long.class).one().orElse(0L));
        return version == null ? 0L : version;
    }

}
