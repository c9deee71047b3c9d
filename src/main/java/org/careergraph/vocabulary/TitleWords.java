package org.careergraph.vocabulary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reduces a class title to comparable words, so that "IT Sr. Professional –
 * Infrastructure" and "SENIOR IT PROFESSIONAL - INFRASTRUCTURE" are recognised as the
 * same class.
 */
public final class TitleWords {

    private static final Map<String, String> SHORTHAND = Map.ofEntries(Map.entry("sr", "senior"),
            Map.entry("jr", "junior"), Map.entry("mgr", "manager"), Map.entry("dir", "director"),
            Map.entry("asst", "assistant"), Map.entry("assoc", "associate"), Map.entry("tech", "technician"),
            Map.entry("lvl", "level"), Map.entry("spec", "specialist"), Map.entry("sup", "supervisor"),
            Map.entry("supv", "supervisor"), Map.entry("prof", "professional"), Map.entry("ops", "operations"),
            Map.entry("i", "1"), Map.entry("ii", "2"), Map.entry("iii", "3"), Map.entry("iv", "4"),
            Map.entry("v", "5"));

    private TitleWords() {
    }

    /**
     * Lower-case words with punctuation and dashes removed and shorthand expanded, in
     * title order.
     */
    public static List<String> words(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replace("'s", "")
            .replaceAll("[^a-z0-9]+", " ")
            .strip();
        List<String> words = new ArrayList<>();
        for (String word : plain.split(" ")) {
            if (!word.isEmpty()) {
                words.add(SHORTHAND.getOrDefault(word, word));
            }
        }
        return words;
    }

    /** The title's words as a sorted, space-separated key that ignores word order. */
    public static String key(String title) {
        return String.join(" ", new TreeSet<>(words(title)));
    }

    /** A URL-safe slug, e.g. {@code director-of-strategy-and-planning-level-3}. */
    public static String slug(String text) {
        return String.join("-", words(text));
    }

}
