package org.careergraph.routes;

import org.careergraph.Neo4jContainerTest;

/**
 * The same route tests against a Neo4j server in a container, sharing one context with
 * the other container tests; skipped where Docker is absent.
 */
@Neo4jContainerTest
class RouteApiOnNeo4jContainerTests extends RouteApiTests {

}
