package org.careergraph.routes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.careergraph.catalog.ClassChanges;
import org.careergraph.vocabulary.ClassRequirements;
import org.careergraph.vocabulary.Provenance;
import org.careergraph.observed.Observed;

/**
 * One class on a route.
 *
 * @param move the relationship taken to arrive here ({@code PROMOTES_TO},
 * {@code SAME_GRADE}, {@code PEER_OF}, or {@code OBSERVED_MOVE} for a de facto move:
 * observed, not in the documents); null on the first step
 * @param basis why that move exists; null on the first step
 * @param source the document or reviewed file, and line, the basis comes from; null on
 * the first step
 * @param requirements the class's minimum qualifications as its specification states them
 * @param eligibility the asking person against those requirements; absent when no person
 * is described
 * @param changes what this class requires and states that the class before it does not,
 * what both state, and what only the one before states; absent on the first step
 * @param observed the people recorded making the move into this step in the period, and
 * when; absent when the history has nobody making it. A de facto move
 * ({@code OBSERVED_MOVE}) always has it.
 */
public record RouteStep(String id, String title, String agency, List<String> grades, int level, String move,
        String basis, Provenance source, ClassRequirements requirements,
        @JsonInclude(JsonInclude.Include.NON_NULL) StepEligibility eligibility,
        @JsonInclude(JsonInclude.Include.NON_NULL) ClassChanges changes,
        @JsonInclude(JsonInclude.Include.NON_NULL) Observed observed) {
}
