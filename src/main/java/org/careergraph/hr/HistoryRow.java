package org.careergraph.hr;

import org.careergraph.importer.CsvRow;
import org.careergraph.importer.ImportPlan;
import org.careergraph.importer.Location;

/**
 * One row of {@code history.csv}: how many people made one move in one year, from which
 * the projection estimates transition rates.
 *
 * @param year the calendar year, e.g. 2023
 * @param from the class they left
 * @param to the class they moved to, along a move in the graph
 * @param people how many made the move that year
 */
record HistoryRow(int year, String from, String to, int people, String sourceFile, Integer sourceLine, Location at) {

    static HistoryRow read(CsvRow c) {
        String sourceFile = c.text("sourceFile");
        Integer sourceLine = c.integer("sourceLine", 0, Integer.MAX_VALUE, false);
        Integer year = c.integer("year", 1900, 2200, true);
        String from = c.slug("from");
        String to = c.slug("to");
        Integer people = c.integer("people", 0, HeadcountRow.MAX, true);
        return year == null || people == null ? null
                : new HistoryRow(year, from, to, people, sourceFile == null ? c.file() : sourceFile,
                        sourceFile == null ? Integer.valueOf(c.line()) : sourceLine, c.at());
    }

    /** Identifies the row: one count per move and year. */
    String key() {
        return from + ">" + to + "@" + year;
    }

    ImportPlan.PlannedHistory planned() {
        return new ImportPlan.PlannedHistory(year, from, to, people, sourceFile, sourceLine);
    }
}
