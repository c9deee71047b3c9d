package org.careergraph.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * An error that carries its own RFC 9457 problem detail, so that each feature says what
 * went wrong in its own terms and the web layer only renders it. Features extend it for
 * errors with extra fields (suggestions, candidates, the problems of an import), or use
 * {@link #badRequest} for a parameter that cannot be answered.
 */
public class ProblemException extends ErrorResponseException {

    public ProblemException(HttpStatus status, String title, String type, String detail) {
        this(status, title, type, detail, null);
    }

    public ProblemException(HttpStatus status, String title, String type, String detail, Throwable cause) {
        super(status, Problems.of(status, title, detail, type), cause);
    }

    /**
     * A request that cannot be answered as asked: a 400 whose detail says which parameter
     * and why.
     */
    public static ProblemException badRequest(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "Bad request", "bad-request", detail);
    }

    /** Adds a field to the problem, e.g. the suggestions for an unknown class. */
    protected final void property(String name, Object value) {
        getBody().setProperty(name, value);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

}
