package org.careergraph.importer;

import java.util.List;
import org.careergraph.vocabulary.Education;

/**
 * Minimum qualifications of a class: the document's full text plus what can be computed
 * from it.
 *
 * @param text the full requirement text, or null when the document states none
 * @param education minimum education, or null when not stated
 * @param years minimum years of experience, or null when not stated (0 when only
 * education is asked)
 * @param condition an extra condition beyond education and years (a rank, a
 * certification), or null
 * @param substitutions the substitutions the document allows, verbatim
 * @param experienceForEducation a year of experience may replace a year of
 * post-high-school education
 * @param educationForExperience additional education may replace required experience
 * @param masterReplacesYears years of experience a master's degree replaces, or 0
 */
public record Requirements(String text, Education education, Integer years, String condition,
        List<String> substitutions, boolean experienceForEducation, boolean educationForExperience,
        int masterReplacesYears) {

    public Requirements {
        substitutions = List.copyOf(substitutions);
    }

    public static Requirements notStated() {
        return new Requirements(null, null, null, null, List.of(), false, false, 0);
    }

    public boolean stated() {
        return text != null;
    }
}
