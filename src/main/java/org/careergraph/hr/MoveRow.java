package org.careergraph.hr;

import java.util.List;
import java.util.Locale;
import org.careergraph.importer.CsvRow;
import org.careergraph.importer.Location;
import org.careergraph.vocabulary.MoveType;

/**
 * One row of {@code moves.csv}: a move a person can make between two classes, and why it
 * exists.
 *
 * @param type {@code PROMOTES_TO}, {@code SAME_GRADE} or {@code PEER_OF}
 * @param from the class id the move starts at: one of classes.csv or already in the graph
 * @param sharedGrades for SAME_GRADE, the grades both share, written {@code 22;25}
 * @param confidence for PEER_OF, how sure the equivalence is, from 0 to 1
 * @param origin {@code hr} (the default); moves of another origin are left to their
 * importer
 */
record MoveRow(MoveType type, String from, String to, String basis, List<String> sharedGrades, Double confidence,
        String origin, String sourceFile, Integer sourceLine, Location at) {

    static MoveRow read(CsvRow c) {
        String sourceFile = c.text("sourceFile");
        Integer sourceLine = c.integer("sourceLine", 0, Integer.MAX_VALUE, false);
        String origin = c.text("origin");
        return new MoveRow(type(c), c.slug("from"), c.slug("to"), c.required("basis"), c.list("sharedGrades"),
                c.decimal("confidence", 0, 1), origin == null ? HrImporter.ORIGIN : origin,
                sourceFile == null ? c.file() : sourceFile, sourceFile == null ? Integer.valueOf(c.line()) : sourceLine,
                c.at());
    }

    boolean owned() {
        return HrImporter.ORIGIN.equals(origin);
    }

    /** Identifies the move: at most one of each type between two classes. */
    String key() {
        return type + " " + from + ">" + to;
    }

    private static MoveType type(CsvRow c) {
        String type = c.required("type");
        try {
            return type == null ? null : MoveType.valueOf(type.toUpperCase(Locale.ROOT).replace(' ', '_'));
        }
        catch (IllegalArgumentException e) {
            c.error("type", "unknown move type '" + type + "'; use PROMOTES_TO, SAME_GRADE or PEER_OF");
            return null;
        }
    }
}
