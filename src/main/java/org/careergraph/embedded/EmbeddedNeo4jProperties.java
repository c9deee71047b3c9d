package org.careergraph.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the in-process Neo4j, bound from {@code career-graph.embedded.*}; used only when no
 * {@code spring.neo4j.uri} points at an external server.
 *
 * @param dataDirectory             Neo4j home directory holding the store, transaction logs and debug log
 * @param boltPort                  Bolt port on 127.0.0.1; 0 picks a free port
 * @param httpPort                  HTTP port on 127.0.0.1 (Neo4j Browser and Query API); 0 picks a free port
 * @param httpEnabled               whether the HTTP connector (Neo4j Browser) runs at all
 * @param pageCache                 page cache size in Neo4j notation, e.g. {@code 64m}
 * @param transactionMemory         upper bound of the memory all transactions may use together, e.g. {@code 256m}
 * @param browserPostConnectCommand Neo4j Browser commands run after every connect (optional)
 * @param remoteContentHosts        host names Neo4j Browser may load guides and styles from
 */
@ConfigurationProperties(EmbeddedNeo4jProperties.PREFIX)
record EmbeddedNeo4jProperties(
        Path dataDirectory,
        Integer boltPort,
        Integer httpPort,
        Boolean httpEnabled,
        String pageCache,
        String transactionMemory,
        String browserPostConnectCommand,
        String remoteContentHosts) {

    static final String PREFIX = "career-graph.embedded";

    EmbeddedNeo4jProperties {
        dataDirectory = dataDirectory != null ? dataDirectory : Path.of("./data");
        boltPort = boltPort != null ? boltPort : 7687;
        httpPort = httpPort != null ? httpPort : 7474;
        httpEnabled = httpEnabled != null ? httpEnabled : Boolean.TRUE;
        pageCache = hasText(pageCache) ? pageCache : "64m";
        transactionMemory = hasText(transactionMemory) ? transactionMemory : "256m";
        remoteContentHosts = hasText(remoteContentHosts) ? remoteContentHosts : "localhost,127.0.0.1";
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
