package org.careergraph.browser;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which Neo4j Browser origins may load the style and guide this app serves, bound from
 * {@code career-graph.browser.*}.
 *
 * @param allowedOrigins origin patterns allowed to fetch the style and guide across
 * ports, e.g. {@code http://localhost:[*]} for any port on this machine
 */
@ConfigurationProperties("career-graph.browser")
@Validated
record BrowserContentProperties(@DefaultValue( {
        "http://localhost:[*]", "http://127.0.0.1:[*]" }) @NotEmpty List<String> allowedOrigins){
}
