package org.careergraph.observed;

import org.careergraph.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * An agency code the graph does not hold: a 404 problem naming where the agencies are
 * listed.
 */
class UnknownAgencyException extends ProblemException {

    UnknownAgencyException(String agency) {
        super(HttpStatus.NOT_FOUND, "Unknown agency", "unknown-agency",
                "The graph holds no agency '" + agency + "'; the agencies are listed at /api/graph/agencies.");
        property("agency", agency);
    }

}
