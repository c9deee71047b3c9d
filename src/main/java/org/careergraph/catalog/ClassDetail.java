package org.careergraph.catalog;

import java.util.List;
import org.careergraph.vocabulary.ClassRequirements;
import org.careergraph.vocabulary.Provenance;
import org.careergraph.web.RememberedAnswer;

/**
 * One class with what it requires, where the document says so, and every move into and
 * out of it.
 */
record ClassDetail(String id, String title, List<String> aliases, String code, String agency, String agencyName,
        String family, List<String> grades, List<String> tracks, int level, boolean supervises, String summary,
        ClassRequirements requirements, Provenance provenance, List<ClassMove> movesOut,
        List<ClassMove> movesIn) implements RememberedAnswer {

    public ClassDetail {
        aliases = listOrEmpty(aliases);
        grades = listOrEmpty(grades);
        tracks = listOrEmpty(tracks);
    }

    /** A move one step away, with why it exists. */
    public record ClassMove(String type, String id, String title, String agency, int level, String basis,
            Provenance source, List<String> sharedGrades, Double confidence) {

        public ClassMove {
            sharedGrades = listOrEmpty(sharedGrades);
        }
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
