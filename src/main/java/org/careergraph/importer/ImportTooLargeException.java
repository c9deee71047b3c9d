package org.careergraph.importer;

import org.careergraph.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * An import that needs more memory for its transaction than the database allows; nothing
 * was written. Says which setting to raise.
 */
public class ImportTooLargeException extends ProblemException {

    ImportTooLargeException(long rows, Throwable cause) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, "Import too large", "import-too-large",
                "Import refused, nothing was " + "changed: switching to the " + rows
                        + " rows it writes needs more transaction memory than the database " + "allows. "
                        + "Raise career-graph.embedded.transaction-memory (e.g. 1g) for the embedded database, or "
                        + "db.memory.transaction.total.max on a Neo4j server.",
                cause);
    }

}
