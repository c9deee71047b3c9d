package org.careergraph.hr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careergraph.importer.CsvRow;
import org.careergraph.importer.Location;
import org.careergraph.vocabulary.Education;
import org.careergraph.vocabulary.Track;

/**
 * One row of {@code classes.csv}: a job class as HR states it.
 *
 * @param grades pay grades, written {@code 18;22;25}
 * @param tracks {@code Technical} and/or {@code Management}; Technical when empty
 * @param education {@code none}, {@code high-school}, {@code associate},
 * {@code bachelor}, {@code master} or {@code doctorate}
 * @param level the level of work the graph computed; exported for reading, recomputed on
 * import
 * @param origin {@code hr} (the default) for HR's own classes; rows of another origin
 * (the export also lists the classes of the documents) are left to the importer that owns
 * them
 * @param sourceFile where the class was first written, kept by an export so that
 * re-importing changes nothing
 */
record ClassRow(String id, String title, String agency, String agencyName, String family, String familySummary,
        List<String> grades, List<Track> tracks, List<String> functions, String code, Education education,
        Integer years, String requirements, String summary, Integer level, String origin, String sourceFile,
        Integer sourceLine, Location at) {

    static ClassRow read(CsvRow c) {
        String sourceFile = c.text("sourceFile");
        Integer sourceLine = c.integer("sourceLine", 0, Integer.MAX_VALUE, false);
        String origin = c.text("origin");
        return new ClassRow(c.slug("id"), c.required("title"), c.slug("agency"), c.text("agencyName"),
                c.required("family"), c.text("familySummary"), c.list("grades"), tracks(c), c.list("functions"),
                c.text("code"), education(c), c.integer("years", 0, 60, false), c.text("requirements"),
                c.text("summary"), c.integer("level", 1, 1000, false), origin == null ? HrImporter.ORIGIN : origin,
                sourceFile == null ? c.file() : sourceFile, sourceFile == null ? Integer.valueOf(c.line()) : sourceLine,
                c.at());
    }

    boolean owned() {
        return HrImporter.ORIGIN.equals(origin);
    }

    private static List<Track> tracks(CsvRow c) {
        List<Track> tracks = new ArrayList<>();
        for (String name : c.list("tracks")) {
            try {
                tracks.add(Track.valueOf(name.toUpperCase(Locale.ROOT)));
            }
            catch (IllegalArgumentException e) {
                c.error("tracks", "unknown track '" + name + "'; use Technical and/or Management, separated by ';'");
            }
        }
        return tracks.isEmpty() ? List.of(Track.TECHNICAL) : tracks.stream().distinct().sorted().toList();
    }

    private static Education education(CsvRow c) {
        String key = c.text("education");
        try {
            return key == null ? null : Education.fromKey(key);
        }
        catch (IllegalArgumentException e) {
            c.error("education", "unknown education level '" + key
                    + "'; use none, high-school, associate, bachelor, master or doctorate");
            return null;
        }
    }
}
