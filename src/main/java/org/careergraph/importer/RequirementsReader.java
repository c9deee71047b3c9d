package org.careergraph.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careergraph.vocabulary.Education;

/** Reads minimum education, years of experience, extra conditions and substitutions out of requirement text. */
final class RequirementsReader {

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20));
    private static final Pattern YEARS = Pattern.compile(
            "\\b(\\d{1,2}|" + String.join("|", NUMBER_WORDS.keySet()) + ")(?:\\s*\\(\\d{1,2}\\))?\\s+(?:full[- ]time\\s+)?years?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;])\\s+(?=(?:AND\\s+)?[A-Z(])|\\n");
    private static final Pattern CONDITION = Pattern.compile("\\b(must|required)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBSTITUTION = Pattern.compile("substitut", Pattern.CASE_INSENSITIVE);

    private RequirementsReader() {
    }

    /**
     * Reads the requirements from the document's own sentences.
     *
     * @param text         the minimum-requirement text (education and experience), or null
     * @param substitution separate equivalency text, or null when substitutions sit inside {@code text}
     */
    static Requirements read(String text, String substitution) {
        if (text == null || text.isBlank()) {
            return Requirements.notStated();
        }
        List<String> primary = new ArrayList<>();
        List<String> substitutions = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        for (String sentence : sentences(text + (substitution == null ? "" : "\n" + substitution))) {
            if (SUBSTITUTION.matcher(sentence).find()) {
                substitutions.add(sentence);
            } else {
                primary.add(sentence);
            }
        }
        String firstPath = primary.isEmpty() ? "" : primary.get(0);
        for (String sentence : primary) {
            if (sentence != firstPath && CONDITION.matcher(sentence).find()) {
                conditions.add(sentence.replaceFirst("^AND\\s+", ""));
            }
        }
        String all = String.join(" ", primary);
        Education education = education(all);
        Integer years = years(all);
        if (years == null && education != null) {
            years = 0;
        }
        String lower = String.join(" ", substitutions).toLowerCase(Locale.ROOT);
        boolean equivalent = lower.contains("equivalent substitution");
        boolean experienceForEducation = equivalent
                || lower.matches("(?s).*experience[^.]*substituted for[^.]*education.*");
        boolean educationForExperience = equivalent
                || lower.matches("(?s).*education[^.]*substituted for[^.]*experience.*");
        return new Requirements(text.strip(), education, years, conditions.isEmpty() ? null : String.join(" ", conditions),
                substitutions, experienceForEducation, educationForExperience, masterReplaces(substitutions));
    }

    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : SENTENCE_END.split(text.strip())) {
            // "…; AND must hold the rank…" is a condition of its own
            for (String piece : part.split(";\\s+(?=AND\\b)")) {
                if (!piece.isBlank()) {
                    sentences.add(piece.strip());
                }
            }
        }
        return sentences;
    }

    static Education education(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int best = Integer.MAX_VALUE;
        Education found = null;
        for (var candidate : Map.of(Education.MASTER, "master", Education.BACHELOR, "bachelor",
                Education.ASSOCIATE, "associate's degree", Education.HIGH_SCHOOL, "high school").entrySet()) {
            int at = lower.indexOf(candidate.getValue());
            if (at >= 0 && at < best) {
                best = at;
                found = candidate.getKey();
            }
        }
        if (found == null && (lower.contains("ged") || lower.contains("diploma"))) {
            found = Education.HIGH_SCHOOL;
        }
        return found;
    }

    static Integer years(String text) {
        Matcher m = YEARS.matcher(text);
        return m.find() ? number(m.group(1)) : null;
    }

    private static int masterReplaces(List<String> substitutions) {
        for (String s : substitutions) {
            if (s.toLowerCase(Locale.ROOT).contains("master")) {
                Integer years = years(s);
                if (years != null) {
                    return years;
                }
            }
        }
        return 0;
    }

    private static int number(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return NUMBER_WORDS.containsKey(lower) ? NUMBER_WORDS.get(lower) : Integer.parseInt(lower);
    }
}
