package org.careergraph.explorer;

import java.util.List;
import org.careergraph.web.ProblemException;

/**
 * What to draw: whole agencies, whole families and single classes, never more than
 * {@code limit} classes.
 *
 * @param ladders whether every class in {@code include} brings its whole family along
 */
record LadderFocus(List<String> agencies, List<String> families, List<String> include, boolean ladders, int limit) {

    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 500;
    static final int MAX_NAMES = 50;

    LadderFocus {
        agencies = clean(agencies);
        families = clean(families);
        include = clean(include);
        if (agencies.isEmpty() && families.isEmpty() && include.isEmpty()) {
            throw ProblemException.badRequest("Name what to draw: 'agency', 'family' or 'include' (class ids).");
        }
        if (agencies.size() + families.size() + include.size() > MAX_NAMES) {
            throw ProblemException
                .badRequest("Name at most " + MAX_NAMES + " agencies, families and classes together.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badRequest("'limit' must be between 1 and " + MAX_LIMIT + "; it was " + limit + ".");
        }
    }

    private static List<String> clean(List<String> names) {
        return names == null ? List.of()
                : names.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
    }
}
