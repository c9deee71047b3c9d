package org.careergraph.catalog;

import java.util.List;

/** A class named in a request that the graph does not hold; carries the nearest matches. */
public class UnknownClassException extends RuntimeException {

    private final transient List<ClassMatch> suggestions;

    public UnknownClassException(String wanted, List<ClassMatch> suggestions) {
        super("No class matches '" + wanted + "'." + (suggestions.isEmpty() ? ""
                : " Did you mean " + String.join(" or ", suggestions.stream().map(s -> "'" + s.title() + "'").toList()) + "?"));
        this.suggestions = List.copyOf(suggestions);
    }

    public List<ClassMatch> suggestions() {
        return suggestions;
    }
}
