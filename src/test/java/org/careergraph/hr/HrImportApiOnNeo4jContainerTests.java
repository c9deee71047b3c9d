package org.careergraph.hr;

import org.careergraph.Neo4jContainerTest;

/**
 * The same HR import tests against a Neo4j server in a container, sharing one context
 * with the other container tests; skipped where Docker is absent.
 */
@Neo4jContainerTest
class HrImportApiOnNeo4jContainerTests extends HrImportApiTests {

}
