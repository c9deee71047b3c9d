package org.careergraph.routes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A way from one class to another: the classes in order and the moves between them.
 *
 * @param cost what the route costs under every ranking
 * @param estimatedYears years from now until the person could reach the last step; absent
 * without a person, or when a missing degree blocks the route (the steps say which)
 * @param travelled how many people the recorded history has taking the route's moves;
 * absent when the history has nobody making any of them and the routes were not ranked by
 * it
 */
public record CareerRoute(int moves, RouteCost cost, @JsonInclude(JsonInclude.Include.NON_NULL) Double estimatedYears,
        List<RouteStep> steps, @JsonInclude(JsonInclude.Include.NON_NULL) Travelled travelled) {
}
