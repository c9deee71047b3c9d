package org.careergraph.importer;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Points a person at the nearest valid id when they name one that does not exist. */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {
    }

    /**
     * The known id sharing most words with the wanted one (then the fewest edits), as ";
     * did you mean …?".
     */
    public static String closest(String wanted, Collection<String> known) {
        List<String> words = List.of(wanted.split("-"));
        Comparator<String> byWords = Comparator
            .comparingLong(k -> -words.stream().filter(List.of(k.split("-"))::contains).count());
        return known.stream()
            .min(byWords.thenComparingInt(k -> DISTANCE.apply(wanted, k)))
            .map(k -> "; did you mean '" + k + "'?")
            .orElse("");
    }

}
