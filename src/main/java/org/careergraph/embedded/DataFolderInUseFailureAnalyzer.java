package org.careergraph.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says what to do instead of printing a stack trace when the data folder belongs to
 * another process.
 */
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUseException cause) {
        return new FailureAnalysis(cause.getMessage(), """
                Stop the process that runs on this folder first, or send HR's files to the running app \
                (POST /api/hr/import), or choose another folder with --career-graph.embedded.data-directory=… \
                (exit code %d).""".formatted(DataFolderInUseException.EXIT_CODE), cause);
    }

}
