package org.careergraph;

import org.testcontainers.containers.Neo4jContainer;

/** One Neo4j server in a container for the whole test run, for machines that have Docker. */
public final class Neo4jContainers {

    private static Neo4jContainer<?> neo4j;

    private Neo4jContainers() {
    }

    /** The container's Bolt URL, starting it on first use. */
    public static synchronized String boltUrl() {
        if (neo4j == null) {
            neo4j = new Neo4jContainer<>("neo4j:5.26.30-community").withoutAuthentication();
            neo4j.start();
        }
        return neo4j.getBoltUrl();
    }
}
