package org.careergraph.vocabulary;

import java.util.Locale;

/** Minimum education levels, ordered so that a higher level satisfies every lower one. */
public enum Education {

    NONE, HIGH_SCHOOL, ASSOCIATE, BACHELOR, MASTER, DOCTORATE;

    /**
     * Years of post-high-school study the level stands for, used by year-for-year
     * substitutions.
     */
    public int yearsAfterHighSchool() {
        return switch (this) {
            case NONE, HIGH_SCHOOL -> 0;
            case ASSOCIATE -> 2;
            case BACHELOR -> 4;
            case MASTER -> 6;
            case DOCTORATE -> 9;
        };
    }

    /** The API spelling, e.g. {@code high-school}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Education fromKey(String key) {
        for (Education e : values()) {
            if (e.key().equalsIgnoreCase(key.trim())) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown education level '" + key + "'");
    }

}
