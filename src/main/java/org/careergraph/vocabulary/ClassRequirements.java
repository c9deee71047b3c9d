package org.careergraph.vocabulary;

import java.util.List;
import org.neo4j.driver.mapping.Property;

/**
 * Minimum qualifications of a class as its document states them, as every answer shows
 * them. Maps straight from a {@code JobClass} node or its map projection, whose
 * requirement text is {@code requirementText}.
 *
 * @param education minimum education ({@code high-school}, {@code bachelor}, …) or
 * {@code not stated}
 * @param years minimum years of experience, or null when not stated
 */
public record ClassRequirements(String education, Integer years, String condition,
        @Property("requirementText") String text, List<String> substitutions) {

    public static final String NOT_STATED = "not stated";

    public ClassRequirements {
        education = education == null ? NOT_STATED : education;
        substitutions = substitutions == null ? List.of() : List.copyOf(substitutions);
    }
}
