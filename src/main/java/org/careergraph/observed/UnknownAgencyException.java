package org.careergraph.observed;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An agency code the graph does not hold: a 404 problem naming where the agencies are listed. */
class UnknownAgencyException extends ErrorResponseException {

    UnknownAgencyException(String agency) {
        super(HttpStatus.NOT_FOUND, problem(agency), null);
    }

    private static ProblemDetail problem(String agency) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "The graph holds no agency '"
                + agency + "'; the agencies are listed at /api/graph/agencies.");
        problem.setTitle("Unknown agency");
        problem.setType(URI.create("urn:career-graph:problem:unknown-agency"));
        problem.setProperty("agency", agency);
        return problem;
    }
}
