package org.careergraph.importer;

import org.careergraph.cypher.GraphSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.careergraph.cypher.CypherScripts;

/**
 * Prepares the schema at start-up, deletes what an import killed before it finished left
 * unseen, and loads the seeds into a graph that has no class yet, before the web server
 * accepts its first request, so nobody is answered from a half-loaded graph.
 */
@Component
class StartupImport implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupImport.class);

    private final GraphSchema schema;

    private final UnseenClasses unseenClasses;

    private final DocumentImporter importer;

    private final SeedProperties properties;

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    private final SeedsHealthIndicator health;

    StartupImport(GraphSchema schema, UnseenClasses unseenClasses, DocumentImporter importer, SeedProperties properties,
            Neo4jClient neo4j, CypherScripts cypher, SeedsHealthIndicator health) {
        this.schema = schema;
        this.unseenClasses = unseenClasses;
        this.importer = importer;
        this.properties = properties;
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.health = health;
    }

    @Override
    public void afterSingletonsInstantiated() {
        schema.apply();
        long unseen = unseenClasses.discard();
        if (unseen > 0) {
            log.info("Deleted {} nodes a stopped import left unseen", unseen);
        }
        boolean empty = neo4j.query(cypher.query("import/count-classes")).fetchAs(Long.class).one().orElse(0L) == 0;
        if (properties.load() == SeedProperties.Load.ALWAYS
                || (properties.load() == SeedProperties.Load.AUTO && empty)) {
            importer.importSeeds();
        }
        health.loaded();
    }

}
