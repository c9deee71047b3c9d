package org.careergraph.routes;

import java.util.List;

/**
 * Whether the person meets a step's minimum qualifications now, what is missing, and how soon the step
 * could be reached.
 *
 * @param requirement  the minimum, e.g. {@code bachelor's degree and 5 years}, or {@code not stated}
 * @param meetsNow     true or false; null when the document states no requirement
 * @param missing      what is missing now, in words
 * @param earliestYear years from now when the step's minimum can first be met; null when experience
 *                     alone cannot get there (a degree is missing and the document allows no substitution)
 * @param explanation  how the answer was worked out, including the substitutions used
 */
public record StepEligibility(String requirement, Boolean meetsNow, List<String> missing, Double earliestYear,
                              String explanation) {
}
