package org.careergraph.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.careergraph.vocabulary.Provenance;

/**
 * One thing a class's document states (a duty, a competency, a licence…), as written,
 * with its line.
 *
 * @param seriesWide true when the document states it once for every class of the family
 * or series
 * @param key what makes two statements the same: shared by every class stating the same
 * words
 */
public record ClassStatement(String text, Provenance source,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean seriesWide, @JsonIgnore String key) {

    /**
     * "text (file, line N[, for the whole series])": the statement in one line, for CSV
     * cells.
     */
    String oneLine() {
        return text + " (" + source.file() + " line " + source.line() + (seriesWide ? ", whole series" : "") + ")";
    }
}
