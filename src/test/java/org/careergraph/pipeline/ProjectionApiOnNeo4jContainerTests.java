package org.careergraph.pipeline;

import org.careergraph.Neo4jContainers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same projection tests against a Neo4j server in a container; skipped where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
class ProjectionApiOnNeo4jContainerTests extends ProjectionApiTests {

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        Neo4jContainers.register(registry);
    }
}
