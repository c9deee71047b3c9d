package org.careergraph.routes;

import org.careergraph.vocabulary.Education;
import org.careergraph.web.ProblemException;

/**
 * The person asking, as far as they describe themselves.
 *
 * @param education highest education completed
 * @param years years of relevant experience (at least the years in the current class)
 * @param yearsInClass years already in the current class, or null
 */
record Person(Education education, double years, Double yearsInClass) {

    Person {
        if (years < 0 || (yearsInClass != null && yearsInClass < 0)) {
            throw ProblemException.badRequest("'years' and 'yearsInClass' cannot be negative");
        }
        if (yearsInClass != null && yearsInClass > years) {
            years = yearsInClass;
        }
    }

    /** A person from request parameters; null when none is given. */
    static Person of(String education, Double years, Double yearsInClass) {
        if (education == null && years == null && yearsInClass == null) {
            return null;
        }
        if (education == null) {
            throw ProblemException
                .badRequest("'education' is needed with 'years': one of none, high-school, associate, "
                        + "bachelor, master, doctorate");
        }
        Education level;
        try {
            level = Education.fromKey(education);
        }
        catch (IllegalArgumentException e) {
            throw ProblemException
                .badRequest("'education' must be one of none, high-school, associate, bachelor, master, doctorate, "
                        + "was '" + education + "'");
        }
        return new Person(level, years == null ? (yearsInClass == null ? 0 : yearsInClass) : years, yearsInClass);
    }
}
