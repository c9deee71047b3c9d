package org.careergraph.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careergraph.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A class named in a request that the graph does not hold: a 404 with the nearest matches
 * as suggestions.
 */
class UnknownClassException extends ProblemException {

    private final transient List<ClassMatch> suggestions;

    public UnknownClassException(String wanted, List<ClassMatch> suggestions) {
        super(HttpStatus.NOT_FOUND, "Unknown class", "unknown-class", "No class matches '" + wanted + "'."
                + (suggestions.isEmpty() ? "" : " Did you mean " + titles(suggestions) + "?"));
        this.suggestions = List.copyOf(suggestions);
        property("suggestions", this.suggestions);
    }

    /**
     * Each suggested title once, in order; a title several agencies use says which, so
     * the sentence never repeats itself.
     */
    private static String titles(List<ClassMatch> suggestions) {
        Map<String, List<String>> agencies = new LinkedHashMap<>();
        suggestions.forEach(s -> agencies.computeIfAbsent(s.title(), t -> new ArrayList<>()).add(s.agency()));
        return String.join(" or ",
                agencies.entrySet()
                    .stream()
                    .map(e -> "'" + e.getKey() + "'"
                            + (e.getValue().size() == 1 ? "" : " (" + String.join(", ", e.getValue()) + ")"))
                    .toList());
    }

    public List<ClassMatch> suggestions() {
        return suggestions;
    }

}
