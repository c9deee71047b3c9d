package org.careergraph.observed;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A review that cannot be made: the move is not de facto, or leads downward, or its type does not fit. */
class ReviewRefusedException extends ErrorResponseException {

    ReviewRefusedException(HttpStatus status, String detail) {
        super(status, problem(status, detail), null);
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("Review refused");
        problem.setType(URI.create("urn:career-graph:problem:review-refused"));
        return problem;
    }
}
