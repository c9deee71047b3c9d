package org.careergraph.routes;

import org.careergraph.Neo4jContainers;

/** The same route tests against a Neo4j server in a container; skipped where Docker is absent. */
@Neo4jContainers
class RouteApiOnNeo4jContainerTests extends RouteApiTests {
}
