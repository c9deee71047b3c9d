package org.careergraph.embedded;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the in-process Neo4j, bound from {@code career-graph.embedded.*}; used only
 * when no {@code spring.neo4j.uri} points at an external server.
 *
 * @param dataDirectory Neo4j home directory holding the store, transaction logs and debug
 * log
 * @param boltPort Bolt port on 127.0.0.1; 0 picks a free port
 * @param httpPort HTTP port on 127.0.0.1 (Neo4j Browser and Query API); 0 picks a free
 * port
 * @param httpEnabled whether the HTTP connector (Neo4j Browser) runs at all
 * @param pageCache page cache size in Neo4j notation, e.g. {@code 64m} or {@code 1g}
 * @param transactionMemory upper bound of the memory all transactions may use together: a
 * size such as {@code 512m}, or a share of the JVM's maximum heap such as {@code 60%};
 * the switch of a 100,000-class import needs more than 256m
 * @param browserPostConnectCommand Neo4j Browser commands run after every connect; empty
 * for none
 * @param remoteContentHosts host names Neo4j Browser may load guides and styles from,
 * comma-separated
 */
@ConfigurationProperties(EmbeddedNeo4jProperties.PREFIX)
@Validated
record EmbeddedNeo4jProperties(@DefaultValue("./data") @NotNull Path dataDirectory,
        @DefaultValue("7687") @Min(0) @Max(65535) int boltPort, @DefaultValue("7474") @Min(0) @Max(65535) int httpPort,
        @DefaultValue("true") boolean httpEnabled,
        @DefaultValue("64m") @Pattern(regexp = BYTES, message = BYTES_MESSAGE) String pageCache,
        @DefaultValue("60%") @Pattern(regexp = BYTES_OR_SHARE,
                message = BYTES_OR_SHARE_MESSAGE) String transactionMemory,
        String browserPostConnectCommand, @DefaultValue("localhost,127.0.0.1") @NotBlank String remoteContentHosts) {

    static final String PREFIX = "career-graph.embedded";

    /**
     * A size as Neo4j writes it: a number with an optional unit, {@code 512k},
     * {@code 64m}, {@code 2g}, {@code 1GiB}.
     */
    static final String BYTES = "\\d+ ?(?i:[kmgt](i?b)?|b)?";
    static final String BYTES_MESSAGE = "must be a size such as 64m, 512k or 2g";

    /** A size, or a share of the JVM's maximum heap: {@code 60%}. */
    static final String BYTES_OR_SHARE = "(" + BYTES + ")|([1-9]\\d?%)";

    static final String BYTES_OR_SHARE_MESSAGE = "must be a size such as 512m or 2g, or a share of the heap such as 60%";

    /**
     * The transaction memory in bytes: a share is taken of the JVM's maximum heap, where
     * Neo4j keeps what transactions write until they commit.
     */
    long transactionMemoryBytes() {
        String value = transactionMemory.strip();
        if (value.endsWith("%")) {
            long share = Long.parseLong(value.substring(0, value.length() - 1));
            return Runtime.getRuntime().maxMemory() / 100 * share;
        }
        return org.neo4j.io.ByteUnit.parse(value);
    }

}
