package org.careergraph.catalog;

import java.util.List;
import org.careergraph.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A class named in a request that the graph does not hold: a 404 with the nearest matches
 * as suggestions.
 */
class UnknownClassException extends ProblemException {

    private final transient List<ClassMatch> suggestions;

    public UnknownClassException(String wanted, List<ClassMatch> suggestions) {
        super(HttpStatus.NOT_FOUND, "Unknown class", "unknown-class",
                "No class matches '" + wanted + "'." + (suggestions.isEmpty() ? "" : " Did you mean "
                        + String.join(" or ", suggestions.stream().map(s -> "'" + s.title() + "'").toList()) + "?"));
        this.suggestions = List.copyOf(suggestions);
        property("suggestions", this.suggestions);
    }

    public List<ClassMatch> suggestions() {
        return suggestions;
    }

}
