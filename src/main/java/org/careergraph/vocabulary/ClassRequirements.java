package org.careergraph.vocabulary;

import java.util.List;
import org.neo4j.driver.Value;

/**
 * Minimum qualifications of a class as its document states them, as every answer shows them.
 *
 * @param education minimum education ({@code high-school}, {@code bachelor}, …) or {@code not stated}
 * @param years     minimum years of experience, or null when not stated
 */
public record ClassRequirements(String education, Integer years, String condition, String text,
                                List<String> substitutions) {

    public static final String NOT_STATED = "not stated";

    /** Reads the requirement properties of a {@code JobClass} node or map projection. */
    public static ClassRequirements of(Value node) {
        return new ClassRequirements(node.get("education").asString(NOT_STATED),
                node.get("years").isNull() ? null : node.get("years").asInt(), node.get("condition").asString(null),
                node.get("requirementText").asString(null),
                node.get("substitutions").isNull() ? List.of() : node.get("substitutions").asList(Value::asString));
    }
}
