package org.careergraph.embedded;

import java.net.URI;

import org.careergraph.cypher.GraphVersion;
import org.neo4j.driver.AuthToken;
import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Starts the embedded Neo4j when no external server is configured and points Boot's own
 * Driver auto-configuration at its Bolt port, so the rest of the app cannot tell the two
 * apart.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

    /** The profile in which the embedded server always asks for a password. */
    static final String PRODUCTION_PROFILE = "prod";

    @Bean
    EmbeddedNeo4jServer embeddedNeo4jServer(EmbeddedNeo4jProperties properties, EmbeddedAuthProperties auth,
            Environment environment) {
        boolean required = auth.auth() || environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE));
        return EmbeddedNeo4jServer.start(properties, required, auth.password());
    }

    /**
     * Taking the server as a parameter makes Spring start Neo4j before Boot builds the
     * Driver from this.
     */
    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jServer server) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return server.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return server.authToken();
            }
        };
    }

    /**
     * Every write reaches the graph through this process, so counting commits versions
     * the graph exactly.
     */
    @Bean
    GraphVersion.LocalCommits embeddedCommits(EmbeddedNeo4jServer server) {
        return server::commits;
    }

}
