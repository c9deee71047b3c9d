package org.careergraph.routes;

import java.util.List;

/** A class reachable within some moves, and how many it takes at least. */
public record ReachableClass(String id, String title, String agency, String family, List<String> grades,
        List<String> tracks, int level, int distance) {
}
