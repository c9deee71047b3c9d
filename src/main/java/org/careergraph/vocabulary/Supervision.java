package org.careergraph.vocabulary;

import java.util.Locale;

/**
 * How much supervision a class exercises, ordered so that a later level includes the
 * earlier ones.
 */
public enum Supervision {

    NONE, LEAD, SUPERVISES, MANAGES;

    /** The API and graph spelling, e.g. {@code supervises}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

}
