package org.careergraph.hr;

/**
 * The text of one uploaded or command-line HR file, with the name it was given (used in
 * every message).
 */
record HrUpload(HrFile kind, String fileName, String text) {
}
