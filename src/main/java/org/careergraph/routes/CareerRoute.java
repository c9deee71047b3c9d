package org.careergraph.routes;

import java.util.List;

/** A way from one class to another: the classes in order and the moves between them. */
public record CareerRoute(int moves, List<RouteStep> steps) {
}
