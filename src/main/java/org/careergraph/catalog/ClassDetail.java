package org.careergraph.catalog;

import java.util.List;
import org.careergraph.vocabulary.ClassRequirements;
import org.careergraph.vocabulary.Provenance;

/** One class with what it requires, where the document says so, and every move into and out of it. */
public record ClassDetail(String id, String title, List<String> aliases, String code, String agency, String agencyName,
                          String family, List<String> grades, List<String> tracks, int level, boolean supervises,
                          String summary, ClassRequirements requirements, Provenance provenance,
                          List<ClassMove> movesOut, List<ClassMove> movesIn) {

    /** A move one step away, with why it exists. */
    public record ClassMove(String type, String id, String title, String agency, int level, String basis,
                            Provenance source, List<String> sharedGrades, Double confidence) {
    }
}
