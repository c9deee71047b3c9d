package org.careergraph.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How CSV answers and HR's exports are written for spreadsheets, bound from
 * {@code career-graph.csv.*}.
 *
 * @param byteOrderMark whether every CSV starts with a UTF-8 byte-order mark, so that
 * Excel shows en dashes and other non-ASCII letters correctly; a request asks for it
 * alone with {@code ?bom=true}
 */
@ConfigurationProperties("career-graph.csv")
public record CsvProperties(@DefaultValue("false") boolean byteOrderMark) {

    /**
     * The request parameter that asks for (or, with {@code false}, against) the
     * byte-order mark.
     */
    public static final String BOM_PARAMETER = "bom";

    /**
     * Whether a CSV answer starts with the byte-order mark: as the request asks, else as
     * configured.
     */
    public boolean byteOrderMark(String requested) {
        return requested == null || requested.isBlank() ? byteOrderMark : Boolean.parseBoolean(requested.strip());
    }
}
