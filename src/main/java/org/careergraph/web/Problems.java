package org.careergraph.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problem details every part of the API answers errors with, so they
 * all look alike.
 */
public final class Problems {

    /** Every problem type is this prefix and a word, e.g. {@code unknown-class}. */
    public static final String TYPE_PREFIX = "urn:career-graph:problem:";

    private Problems() {
    }

    /**
     * A problem with a stable type URN, e.g.
     * {@code urn:career-graph:problem:unknown-class}, and the id of the request it
     * answers.
     */
    public static ProblemDetail of(HttpStatus status, String title, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create(TYPE_PREFIX + type));
        return withRequestId(problem);
    }

    /**
     * Adds the request id ({@code requestId}, as in the {@code X-Request-Id} header and
     * the log line).
     */
    public static ProblemDetail withRequestId(ProblemDetail problem) {
        String id = RequestIdFilter.currentId();
        if (id != null) {
            problem.setProperty(RequestIdFilter.MDC_KEY, id);
        }
        return problem;
    }

}
