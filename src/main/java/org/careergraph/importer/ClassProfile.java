package org.careergraph.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careergraph.vocabulary.ItemKind;
import org.careergraph.vocabulary.Supervision;

/**
 * What a document states about a class beyond its requirements: responsibilities,
 * competencies, knowledge, supervision, credentials, complexity and impact. A kind with
 * no item is "not stated".
 *
 * @param items every statement in document order, each stated once per class
 * @param supervision the supervision the class exercises, or null when the document does
 * not say
 */
public record ClassProfile(List<StatedItem> items, Supervision supervision) {

    public ClassProfile {
        Set<String> seen = new HashSet<>();
        List<StatedItem> distinct = new ArrayList<>();
        for (StatedItem item : items) {
            if (seen.add(item.key())) {
                distinct.add(item);
            }
        }
        items = List.copyOf(distinct);
    }

    public static ClassProfile notStated() {
        return new ClassProfile(List.of(), null);
    }

    public List<StatedItem> of(ItemKind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }

    /** This profile with the series-wide statements added after the class's own. */
    ClassProfile withSeriesItems(List<StatedItem> series) {
        List<StatedItem> all = new ArrayList<>(items);
        all.addAll(series);
        return new ClassProfile(all, supervision);
    }
}
