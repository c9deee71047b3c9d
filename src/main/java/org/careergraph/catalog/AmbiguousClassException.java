package org.careergraph.catalog;

import java.util.List;
import org.careergraph.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A class name in a request that matches several classes equally well: a 400 listing the
 * candidates.
 */
class AmbiguousClassException extends ProblemException {

    private final transient List<ClassMatch> candidates;

    public AmbiguousClassException(String wanted, List<ClassMatch> candidates) {
        super(HttpStatus.BAD_REQUEST, "Ambiguous class", "ambiguous-class",
                "'" + wanted + "' matches " + candidates.size() + " classes; name one of them by id or full title.");
        this.candidates = List.copyOf(candidates);
        property("candidates", this.candidates);
    }

    public List<ClassMatch> candidates() {
        return candidates;
    }

}
