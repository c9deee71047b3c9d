package org.careergraph.browser;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which Neo4j Browser origins may load the style and guide this app serves, bound from
 * {@code career-graph.browser.*}.
 *
 * @param allowedOrigins origin patterns, e.g. {@code http://localhost:[*]}; any port on this machine by default
 */
@ConfigurationProperties("career-graph.browser")
record BrowserContentProperties(List<String> allowedOrigins) {

    BrowserContentProperties {
        allowedOrigins = allowedOrigins == null || allowedOrigins.isEmpty()
                ? List.of("http://localhost:[*]", "http://127.0.0.1:[*]") : List.copyOf(allowedOrigins);
    }
}
