package org.careergraph.vocabulary;

import java.util.Locale;

/**
 * The kinds of thing a class specification states about a class beyond its minimum
 * education and years, each stored as a {@code (:Statement)} node the class reaches along
 * its own relationship type.
 */
public enum ItemKind {

    RESPONSIBILITY("responsibilities", "PERFORMS", "Responsibility"),
    COMPETENCY("competencies", "REQUIRES", "Competency"), KNOWLEDGE("knowledge", "REQUIRES", "Knowledge"),
    SUPERVISION("supervision", "EXERCISES", "Supervision"),
    CERTIFICATION("certifications", "REQUIRES", "Certification"), LICENCE("licences", "REQUIRES", "Licence"),
    CLEARANCE("clearances", "REQUIRES", "Clearance"), COMPLEXITY("complexity", "STATES", "Complexity"),
    IMPACT("impact", "STATES", "Impact");

    private final String section;

    private final String relationship;

    private final String label;

    ItemKind(String section, String relationship, String label) {
        this.section = section;
        this.relationship = relationship;
        this.label = label;
    }

    /** The answer's field name for this kind, e.g. {@code certifications}. */
    public String section() {
        return section;
    }

    /**
     * The relationship type from a class to a statement of this kind, e.g.
     * {@code REQUIRES}.
     */
    public String relationship() {
        return relationship;
    }

    /** The node label of a statement of this kind, e.g. {@code Certification}. */
    public String label() {
        return label;
    }

    public static ItemKind ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

}
