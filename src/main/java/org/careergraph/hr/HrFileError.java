package org.careergraph.hr;

/**
 * One reason an HR file was refused.
 *
 * @param file   the file name as uploaded
 * @param line   1-based line in that file (1 is the header)
 * @param column the column the problem is in, or null when it is the whole row
 * @param reason what is wrong, and where possible how to fix it
 */
public record HrFileError(String file, int line, String column, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + (column == null ? "" : " [" + column + "]") + ": " + reason;
    }
}
