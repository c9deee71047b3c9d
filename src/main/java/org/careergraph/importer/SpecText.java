package org.careergraph.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Small text rules shared by the document parsers: typography, pay-grade lists and title
 * casing.
 */
final class SpecText {

    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the", "for", "in", "to", "a", "an", "or");

    private SpecText() {
    }

    /**
     * The text with typographic apostrophes, quotes and dashes as their plain keyboard
     * forms, so that {@code Associate’s degree} reads like {@code Associate's degree}.
     * Used for reading, never for storing.
     */
    static String plain(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(switch (c) {
                case '\u2018', '\u2019', '\u201a', '\u201b', '\u02bc', '\u2032', '\u0060', '\u00b4' -> '\'';
                case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63',
                        '\uff0d' ->
                    '-';
                case '\u00a0', '\u2007', '\u202f', '\u2009', '\u2002', '\u2003' -> ' ';
                default -> c;
            });
        }
        return out.toString();
    }

    /**
     * Plain, lower-case, single-spaced and without a closing full stop: two statements
     * with the same words match.
     */
    static String comparable(String text) {
        return plain(text).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip().replaceAll("[.;:]+$", "");
    }

    /** {@code "18, 22, 25, 28"} → [18, 22, 25, 28]; {@code "N/A"} or blank → []. */
    static List<String> grades(String text) {
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.isEmpty() || cleaned.equalsIgnoreCase("N/A") || cleaned.equalsIgnoreCase("none")) {
            return List.of();
        }
        return Arrays.stream(cleaned.split("\\s*[,;]\\s*|\\s+and\\s+"))
            .map(String::strip)
            .filter(g -> !g.isEmpty())
            .toList();
    }

    /**
     * {@code "IT MANAGEMENT"} → {@code "IT Management"}; two-letter words stay capitals,
     * small words lower.
     */
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
            }
            else if (i > 0 && SMALL_WORDS.contains(lower)) {
                out.append(lower);
            }
            else {
                out.append(Arrays.stream(lower.split("(?<=[-–/])"))
                    .map(p -> p.isEmpty() ? p : Character.toUpperCase(p.charAt(0)) + p.substring(1))
                    .collect(Collectors.joining()));
            }
        }
        return out.toString();
    }

}
