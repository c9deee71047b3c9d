package org.careergraph.hr;

import java.util.List;

/**
 * What an HR import did. The counts are of HR's data in the graph after the import; a
 * file that was not part of it kept what the graph had.
 *
 * @param files the files read, e.g. {@code [classes.csv, moves.csv]}
 * @param classes HR's classes in the graph after the import
 * @param moves HR's moves in the graph after the import
 * @param headcounts classes with a headcount
 * @param history recorded moves (one per move and year)
 * @param observedOnly pairs of classes people were recorded moving between that no
 * documented or reviewed move joins: de facto moves, kept as observed only (see
 * /api/pipeline/observed-moves)
 * @param leftAsTheyAre rows of another origin (the export lists the documents' classes
 * and moves too), not written: their own importer owns them
 * @param millis time taken
 */
record HrImportReport(List<String> files, int classes, int moves, int headcounts, int history, int observedOnly,
        int leftAsTheyAre, long millis) {
}
