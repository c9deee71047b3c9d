package org.careergraph.availability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Tells a database that could not take a request from a request a feature refused. */
class GraphDatabaseOutageCauseTests {

    private static final TransientException OUT_OF_TRANSACTION_MEMORY = new TransientException(
            "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
            "The allocation of an extra 2.0 MiB would use more than the limit 256.0 MiB.");

    @Test
    void aTransientDatabaseErrorIsABusyDatabase() {
        assertThat(GraphDatabaseOutage.of(new IllegalStateException(OUT_OF_TRANSACTION_MEMORY)))
            .hasValueSatisfying(outage -> assertThat(outage.busy()).isTrue());
    }

    @Test
    void aProblemAFeatureAnsweredKeepsItsOwnAnswer() {
        // an import too large for the transaction memory is a 413 naming the setting, not
        // "try
        // again"
        var refused = new ErrorResponseException(HttpStatus.PAYLOAD_TOO_LARGE,
                ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "Raise the transaction memory"),
                OUT_OF_TRANSACTION_MEMORY);

        assertThat(GraphDatabaseOutage.of(refused)).isEmpty();
    }

}
