package org.careergraph.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the embedded Neo4j asks for a password, bound from
 * {@code career-graph.embedded.auth} and {@code career-graph.embedded.password}; the
 * {@code prod} profile always asks.
 *
 * @param auth {@code true}: Bolt, the Query API and Neo4j Browser need the user
 * {@code neo4j} and its password; {@code false} (default outside {@code prod}): no
 * sign-in, for development on one's own machine
 * @param password the password of the user {@code neo4j} (at least 8 characters), e.g.
 * from {@code CAREER_GRAPH_EMBEDDED_PASSWORD}; when empty, one is generated at first
 * start and kept, readable by its owner only, in the data folder
 */
@ConfigurationProperties(EmbeddedNeo4jProperties.PREFIX)
record EmbeddedAuthProperties(@DefaultValue("false") boolean auth, String password) {

    /** Leaves the password out, so that logging the configuration never shows it. */
    @Override
    public String toString() {
        return "EmbeddedAuthProperties[auth=" + auth + ", password=" + (password == null ? "(none)" : "(hidden)") + "]";
    }
}
