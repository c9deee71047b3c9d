package org.careergraph.observed;

import org.careergraph.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A review that cannot be made: the move is not de facto, or leads downward, or its type
 * does not fit.
 */
class ReviewRefusedException extends ProblemException {

    ReviewRefusedException(HttpStatus status, String detail) {
        super(status, "Review refused", "review-refused", detail);
    }

}
