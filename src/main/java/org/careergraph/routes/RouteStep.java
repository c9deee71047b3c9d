package org.careergraph.routes;

import java.util.List;
import org.careergraph.catalog.ClassDetail.Provenance;

/**
 * One class on a route.
 *
 * @param move   the relationship taken to arrive here ({@code PROMOTES_TO}, {@code SAME_GRADE},
 *               {@code PEER_OF}); null on the first step
 * @param basis  why that move exists; null on the first step
 * @param source where the basis is written; null on the first step
 */
public record RouteStep(String id, String title, String agency, List<String> grades, int level, String move,
                        String basis, Provenance source) {
}
