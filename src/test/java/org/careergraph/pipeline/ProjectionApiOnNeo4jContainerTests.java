package org.careergraph.pipeline;

import org.careergraph.Neo4jContainers;

/** The same projection tests against a Neo4j server in a container; skipped where Docker is absent. */
@Neo4jContainers
class ProjectionApiOnNeo4jContainerTests extends ProjectionApiTests {
}
