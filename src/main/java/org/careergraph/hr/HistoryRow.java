package org.careergraph.hr;

/**
 * One row of {@code history.csv}: how many people made one move in one year, from which the projection
 * estimates transition rates.
 *
 * @param year   the calendar year, e.g. 2023
 * @param from   the class they left
 * @param to     the class they moved to, along a move in the graph
 * @param people how many made the move that year
 */
record HistoryRow(int year, String from, String to, int people, String sourceFile, Integer sourceLine, FileLine at) {

    static HistoryRow read(Cells c) {
        String sourceFile = c.text("sourceFile");
        Integer sourceLine = c.integer("sourceLine", 0, Integer.MAX_VALUE, false);
        Integer year = c.integer("year", 1900, 2200, true);
        String from = c.slug("from");
        String to = c.slug("to");
        Integer people = c.integer("people", 0, HeadcountRow.MAX, true);
        return year == null || people == null ? null : new HistoryRow(year, from, to, people,
                sourceFile == null ? c.file() : sourceFile, sourceFile == null ? Integer.valueOf(c.line()) : sourceLine,
                new FileLine(c.file(), c.line()));
    }

    /** Identifies the row: one count per move and year. */
    String key() {
        return from + ">" + to + "@" + year;
    }
}
