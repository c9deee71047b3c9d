package org.careergraph.routes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.careergraph.catalog.ClassMatch;

/** The answer to "how do I get from this class to that one?"; {@code reason} says why when there is no route. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RouteAnswer(ClassMatch from, ClassMatch to, List<CareerRoute> routes, String reason) {
}
