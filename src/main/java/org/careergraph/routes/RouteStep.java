package org.careergraph.routes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.careergraph.vocabulary.ClassRequirements;
import org.careergraph.vocabulary.Provenance;

/**
 * One class on a route.
 *
 * @param move         the relationship taken to arrive here ({@code PROMOTES_TO}, {@code SAME_GRADE},
 *                     {@code PEER_OF}); null on the first step
 * @param basis        why that move exists; null on the first step
 * @param source       the document or reviewed file, and line, the basis comes from; null on the first step
 * @param requirements the class's minimum qualifications as its specification states them
 * @param eligibility  the asking person against those requirements; absent when no person is described
 */
public record RouteStep(String id, String title, String agency, List<String> grades, int level, String move,
                        String basis, Provenance source, ClassRequirements requirements,
                        @JsonInclude(JsonInclude.Include.NON_NULL) StepEligibility eligibility) {
}
