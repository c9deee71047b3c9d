package org.careergraph.catalog;

import java.util.List;

/** A class name in a request that matches several classes equally well; carries the candidates. */
public class AmbiguousClassException extends RuntimeException {

    private final transient List<ClassMatch> candidates;

    public AmbiguousClassException(String wanted, List<ClassMatch> candidates) {
        super("'" + wanted + "' matches " + candidates.size() + " classes; name one of them by id or full title.");
        this.candidates = List.copyOf(candidates);
    }

    public List<ClassMatch> candidates() {
        return candidates;
    }
}
