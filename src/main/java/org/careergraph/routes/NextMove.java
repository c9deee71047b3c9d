package org.careergraph.routes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.careergraph.vocabulary.ClassRequirements;
import org.careergraph.vocabulary.Provenance;
import org.careergraph.observed.Observed;

/**
 * A class one move away, with what it requires and why the move exists.
 *
 * @param observed the people recorded making the move, and when; absent when the history
 * has nobody making it
 */
public record NextMove(String id, String title, String agency, String family, List<String> grades, int level,
        List<String> tracks, ClassRequirements requirements, String basis, Provenance source,
        @JsonInclude(JsonInclude.Include.NON_NULL) Observed observed) {

    NextMove with(Observed counts) {
        return new NextMove(id, title, agency, family, grades, level, tracks, requirements, basis, source, counts);
    }
}
