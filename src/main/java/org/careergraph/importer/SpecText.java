package org.careergraph.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Small text rules shared by the document parsers: pay-grade lists and title casing. */
final class SpecText {

    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the", "for", "in", "to", "a", "an", "or");

    private SpecText() {
    }

    /** {@code "18, 22, 25, 28"} → [18, 22, 25, 28]; {@code "N/A"} or blank → []. */
    static List<String> grades(String text) {
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.isEmpty() || cleaned.equalsIgnoreCase("N/A") || cleaned.equalsIgnoreCase("none")) {
            return List.of();
        }
        return Arrays.stream(cleaned.split("\\s*[,;]\\s*|\\s+and\\s+"))
                .map(String::strip).filter(g -> !g.isEmpty()).toList();
    }

    /** {@code "IT MANAGEMENT"} → {@code "IT Management"}; two-letter words stay capitals, small words lower. */
    static String titleCase(String text) {
        String[] words = text.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String lower = word.toLowerCase(Locale.ROOT);
            if (i > 0) {
                out.append(' ');
            }
            if (word.length() <= 2 && word.equals(word.toUpperCase(Locale.ROOT)) && !SMALL_WORDS.contains(lower)) {
                out.append(word);
            } else if (i > 0 && SMALL_WORDS.contains(lower)) {
                out.append(lower);
            } else {
                out.append(Arrays.stream(lower.split("(?<=[-–/])"))
                        .map(p -> p.isEmpty() ? p : Character.toUpperCase(p.charAt(0)) + p.substring(1))
                        .collect(Collectors.joining()));
            }
        }
        return out.toString();
    }
}
