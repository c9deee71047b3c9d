package org.careergraph.routes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.careergraph.catalog.ClassMatch;

/**
 * The answer to "how do I get from this class to that one?", best route first; {@code reason} says why
 * when there is none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RouteAnswer(ClassMatch from, ClassMatch to, String rank, List<CareerRoute> routes, String reason) {
}
