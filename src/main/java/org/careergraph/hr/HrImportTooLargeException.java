package org.careergraph.hr;

/**
 * An HR import that needs more memory for its one transaction than the database allows; nothing was written.
 * Says which setting to raise.
 */
public class HrImportTooLargeException extends RuntimeException {

    HrImportTooLargeException(long rows, Throwable cause) {
        super("Import refused, nothing was changed: writing " + rows + " rows in one transaction needs more memory than "
                + "the database allows. Raise career-graph.embedded.transaction-memory (e.g. 1g) for the embedded "
                + "database, or db.memory.transaction.total.max on a Neo4j server.", cause);
    }
}
