package org.careergraph.embedded;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded Neo4j when no external server is configured and points Boot's own Driver
 * auto-configuration at its Bolt port, so the rest of the app cannot tell the two apart.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

    /**
     * Static and bound by hand because the server is created with the bean-factory post-processors, before
     * the {@link EmbeddedNeo4jProperties} bean is bound, so that Neo4j starts as early as possible.
     */
    @Bean
    static EmbeddedNeo4jServer embeddedNeo4jServer(Environment environment) {
        return new EmbeddedNeo4jServer(Binder.get(environment)
                .bindOrCreate(EmbeddedNeo4jProperties.PREFIX, EmbeddedNeo4jProperties.class));
    }

    /** Boot's Driver auto-configuration asks for the URI when it builds the Driver, i.e. after Neo4j is up. */
    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jServer server) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return server.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
    }
}
