package org.careergraph.availability;

import java.util.Optional;
import java.util.concurrent.TimeoutException;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.web.ErrorResponse;

/**
 * Recognizes, anywhere in a failure's causes, that the graph database could not be
 * reached or could not take the request now, as opposed to a fault of the request or the
 * code: the answer to such a failure is "try again".
 *
 * @param busy {@code true} when the database is up but could not take the request in time
 * (no free connection, a transient error); {@code false} when it cannot be reached at all
 * @param reason the driver's message, for the log only
 */
record GraphDatabaseOutage(boolean busy, String reason) {

    /** Neo4j's code when the database exists but is stopped or starting. */
    private static final String DATABASE_UNAVAILABLE = "Neo.TransientError.General.DatabaseUnavailable";

    static Optional<GraphDatabaseOutage> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ErrorResponse) {
                return Optional.empty(); // the feature has already said what went wrong,
                                         // e.g. an import too large
            }
            if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) {
                return Optional.of(new GraphDatabaseOutage(false, cause.getMessage()));
            }
            if (cause instanceof ClientException && cause.getCause() instanceof TimeoutException) {
                // every pooled connection stayed busy for the whole acquisition timeout
                return Optional.of(new GraphDatabaseOutage(true, cause.getMessage()));
            }
            if (cause instanceof TransientException transientFailure) {
                return Optional.of(new GraphDatabaseOutage(!DATABASE_UNAVAILABLE.equals(transientFailure.code()),
                        cause.getMessage()));
            }
        }
        return Optional.empty();
    }
}
