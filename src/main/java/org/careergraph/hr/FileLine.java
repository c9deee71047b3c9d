package org.careergraph.hr;

/** Where a row was read: the file as uploaded (or as provenance says, for rows already in the graph) and its line. */
record FileLine(String file, int line) {

    HrFileError error(String column, String reason) {
        return new HrFileError(file, line, column, reason);
    }
}
