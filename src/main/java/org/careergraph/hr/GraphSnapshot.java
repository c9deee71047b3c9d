package org.careergraph.hr;

import java.util.List;
import java.util.Map;

/**
 * What the graph holds when an HR import starts, read in the import's own transaction:
 * the classes and moves the HR files may refer to and must not contradict.
 */
record GraphSnapshot(Map<String, KnownClass> classes, List<KnownMove> moves) {

    /** A class in the graph, with the importer that owns it. */
    record KnownClass(String id, String title, String agency, String agencyName, String origin, int level) {
    }

    /** A move in the graph, with the importer that owns it. */
    record KnownMove(String type, String from, String to, String origin) {

        String key() {
            return type + " " + from + ">" + to;
        }
    }

    GraphSnapshot {
        classes = Map.copyOf(classes);
        moves = List.copyOf(moves);
    }
}
