package org.careergraph.importer;

/**
 * What an import wrote.
 *
 * @param source where the files came from
 * @param documents documents read
 * @param classes job classes in the graph from these documents
 * @param promotions PROMOTES_TO moves
 * @param sameGrade SAME_GRADE moves
 * @param peers PEER_OF moves
 * @param millis time taken
 */
record ImportReport(String source, int documents, int classes, long promotions, long sameGrade, long peers,
        long millis) {
}
