package org.careergraph.hr;

import org.careergraph.Neo4jContainers;

/** The same HR import tests against a Neo4j server in a container; skipped where Docker is absent. */
@Neo4jContainers
class HrImportApiOnNeo4jContainerTests extends HrImportApiTests {
}
