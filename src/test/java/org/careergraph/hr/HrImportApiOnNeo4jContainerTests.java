package org.careergraph.hr;

import org.careergraph.Neo4jContainers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same HR import tests against a Neo4j server in a container; skipped where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
class HrImportApiOnNeo4jContainerTests extends HrImportApiTests {

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        Neo4jContainers.register(registry);
    }
}
