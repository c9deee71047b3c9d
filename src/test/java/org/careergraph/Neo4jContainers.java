package org.careergraph;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.containers.Neo4jContainer;

/** One Neo4j server in a container for the whole test run, for machines that have Docker. */
public final class Neo4jContainers {

    private static Neo4jContainer<?> neo4j;

    private Neo4jContainers() {
    }

    /** Starts the container on first use and points the application at it. */
    public static synchronized void register(DynamicPropertyRegistry registry) {
        if (neo4j == null) {
            neo4j = new Neo4jContainer<>("neo4j:5.26.30-community").withoutAuthentication();
            neo4j.start();
        }
        registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
    }
}
