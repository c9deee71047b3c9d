package org.careergraph.catalog;

import org.careergraph.Neo4jContainerTest;

/**
 * The same catalog tests against a Neo4j server in a container, sharing one context with
 * the other container tests; skipped where Docker is absent.
 */
@Neo4jContainerTest
class ClassApiOnNeo4jContainerTests extends ClassApiTests {

}
