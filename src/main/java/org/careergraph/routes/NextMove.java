package org.careergraph.routes;

import java.util.List;
import org.careergraph.vocabulary.ClassRequirements;
import org.careergraph.vocabulary.Provenance;

/** A class one move away, with what it requires and why the move exists. */
public record NextMove(String id, String title, String agency, String family, List<String> grades, int level,
                       List<String> tracks, ClassRequirements requirements, String basis, Provenance source) {
}
