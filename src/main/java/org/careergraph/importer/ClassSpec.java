package org.careergraph.importer;

import java.util.List;
import java.util.Set;
import org.careergraph.vocabulary.Track;

/**
 * One job class as a document states it, before it becomes a node in the graph.
 *
 * @param title the class title as the document writes it
 * @param aliases other names the document uses for the same class
 * @param code the agency's class or job code, or null when not stated
 * @param grades pay grades in the order given; empty when the document says N/A or is
 * silent
 * @param summary what the work is, in the document's words
 * @param requirements minimum qualifications; {@link Requirements#notStated()} when the
 * document gives none
 * @param tracks technical and/or management track
 * @param ladder the ordered list this class sits on (a family, a series or a track)
 * @param order position on that ladder, from 1 at the bottom
 * @param line 1-based line of the document where the class is named
 * @param profile what else the document states about the class: duties, competencies,
 * credentials…
 */
public record ClassSpec(String title, List<String> aliases, String code, List<String> grades, String summary,
        Requirements requirements, Set<Track> tracks, String ladder, int order, int line, ClassProfile profile) {

    public ClassSpec {
        aliases = List.copyOf(aliases);
        grades = List.copyOf(grades);
        tracks = Set.copyOf(tracks);
        profile = profile == null ? ClassProfile.notStated() : profile;
    }

    /**
     * A class whose source states nothing beyond its requirements (an HR row, a listed
     * title).
     */
    public ClassSpec(String title, List<String> aliases, String code, List<String> grades, String summary,
            Requirements requirements, Set<Track> tracks, String ladder, int order, int line) {
        this(title, aliases, code, grades, summary, requirements, tracks, ladder, order, line, null);
    }

    public boolean supervises() {
        return tracks.contains(Track.MANAGEMENT);
    }
}
