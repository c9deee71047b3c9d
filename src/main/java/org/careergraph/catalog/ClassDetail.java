package org.careergraph.catalog;

import java.util.List;
import org.neo4j.driver.Value;

/** One class with what it requires, where the document says so, and every move into and out of it. */
public record ClassDetail(String id, String title, List<String> aliases, String code, String agency, String agencyName,
                          String family, List<String> grades, List<String> tracks, int level, boolean supervises,
                          String summary, ClassRequirements requirements, Provenance provenance,
                          List<ClassMove> movesOut, List<ClassMove> movesIn) {

    /** Where a fact comes from: a document or reviewed file, and a line in it. */
    public record Provenance(String file, Integer line) {
    }

    /**
     * Minimum qualifications as the document states them.
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

    /** A move one step away, with why it exists. */
    public record ClassMove(String type, String id, String title, String agency, int level, String basis,
                            Provenance source, List<String> sharedGrades, Double confidence) {
    }
}
