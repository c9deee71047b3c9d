package org.careergraph.explorer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.careergraph.vocabulary.Provenance;

/**
 * The part of the graph the explorer draws: a bounded set of classes, the moves among
 * them, and every other family they have moves to or from, collapsed into one entry each
 * so the rest stays one click away.
 *
 * @param total how many classes the focus names; more than {@code classes} when the cap
 * cut it short
 * @param truncated whether the cap cut the focus short
 * @param observed where people were recorded moving among the drawn classes, when asked
 * for
 */
record Ladder(int total, boolean truncated, int limit, List<LadderClass> classes, List<LadderMove> moves,
        List<CollapsedFamily> collapsed, @JsonInclude(JsonInclude.Include.NON_NULL) List<ObservedLink> observed) {

    Ladder withObserved(List<ObservedLink> links) {
        return new Ladder(total, truncated, limit, classes, moves, collapsed, links);
    }

    /**
     * People recorded moving between two drawn classes.
     *
     * @param deFacto true when no documented or reviewed move joins the two: people made
     * it, no document lists it
     */
    record ObservedLink(String from, String to, int people, List<Integer> years, boolean deFacto) {
    }

    /**
     * A drawn class: enough to place it (agency, family, level) and colour it (tracks).
     */
    record LadderClass(String id, String title, String agency, String agencyName, String familyId, String family,
            List<String> grades, List<String> tracks, int level, boolean supervises) {

        LadderClass {
            grades = grades == null ? List.of() : grades;
            tracks = tracks == null ? List.of() : tracks;
        }
    }

    /** A move between two drawn classes, with why it exists. */
    record LadderMove(String type, String from, String to, String basis, Provenance source, List<String> sharedGrades,
            Double confidence) {

        LadderMove {
            sharedGrades = sharedGrades == null ? List.of() : sharedGrades;
        }
    }

    /**
     * A family not drawn that drawn classes have moves to or from.
     *
     * @param level the lowest level of work among its classes that such moves reach
     * @param links how many moves connect it with the drawn classes
     * @param drawn the drawn classes those moves touch
     * @param classes how many classes the family holds
     */
    record CollapsedFamily(String familyId, String family, String agency, int level, int links, List<String> drawn,
            int classes) {
    }
}
