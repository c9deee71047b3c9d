package org.careergraph.catalog;

import org.careergraph.Neo4jContainers;

/** The same catalog tests against a Neo4j server in a container; skipped where Docker is absent. */
@Neo4jContainers
class ClassApiOnNeo4jContainerTests extends ClassApiTests {
}
