package org.careergraph.pipeline;

import org.careergraph.Neo4jContainerTest;

/**
 * The same projection tests against a Neo4j server in a container, sharing one context
 * with the other container tests; skipped where Docker is absent.
 */
@Neo4jContainerTest
class ProjectionApiOnNeo4jContainerTests extends ProjectionApiTests {

}
