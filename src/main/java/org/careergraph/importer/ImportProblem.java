package org.careergraph.importer;

/**
 * One reason an import was refused, whichever front end found it.
 *
 * @param file the file name as given (uploaded, or in the seed folder)
 * @param line 1-based line in that file (1 is the header of a CSV file)
 * @param column the CSV column the problem is in, or null when it is the whole row or a
 * document
 * @param reason what is wrong, and where possible how to fix it
 */
public record ImportProblem(String file, int line, String column, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + (column == null ? "" : " [" + column + "]") + ": " + reason;
    }
}
