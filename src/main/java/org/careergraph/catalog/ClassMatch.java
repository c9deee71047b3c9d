package org.careergraph.catalog;

import java.util.List;

/** A class as search results and route ends show it. */
public record ClassMatch(String id, String title, String agency, String family, List<String> grades,
        List<String> tracks, int level) {
}
