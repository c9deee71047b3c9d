package org.careergraph.vocabulary;

import java.util.Locale;

/**
 * The two career tracks class specifications distinguish: doing the technical work, or
 * managing it.
 */
public enum Track {

    TECHNICAL, MANAGEMENT;

    /** The name stored on the {@code (:Track)} node, e.g. {@code Technical}. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

}
