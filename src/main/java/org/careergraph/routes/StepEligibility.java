package org.careergraph.routes;

import java.util.List;
import org.careergraph.catalog.ClassChanges;
import org.careergraph.catalog.ClassStatement;

/**
 * Whether the person meets a step's minimum qualifications now, what is missing, and how
 * soon the step could be reached.
 *
 * @param requirement the minimum, e.g. {@code bachelor's degree and 5 years}, or
 * {@code not stated}
 * @param meetsNow true or false; null when the document states no requirement
 * @param missing what is missing now, in words
 * @param earliestYear years from now when the step's minimum can first be met; null when
 * experience alone cannot get there (a degree is missing and the document allows no
 * substitution)
 * @param explanation how the answer was worked out, including the substitutions used
 * @param credentials {@code not stated} when the documents state no certification,
 * licence or clearance for the step, else {@code not checked}: the person's are not asked
 * for, so {@code notChecked} lists them
 * @param notChecked the certifications, licences and clearances the step's document
 * states, with their lines
 */
public record StepEligibility(String requirement, Boolean meetsNow, List<String> missing, Double earliestYear,
        String explanation, String credentials, List<ClassStatement> notChecked) {

    StepEligibility(String requirement, Boolean meetsNow, List<String> missing, Double earliestYear,
            String explanation) {
        this(requirement, meetsNow, missing, earliestYear, explanation, null, List.of());
    }

    /**
     * This answer, also saying which of the step's stated credentials it cannot check.
     */
    StepEligibility withCredentials(List<ClassStatement> stated) {
        return new StepEligibility(requirement, meetsNow, missing, earliestYear, explanation,
                stated.isEmpty() ? ClassChanges.NOT_STATED : "not checked", List.copyOf(stated));
    }
}
