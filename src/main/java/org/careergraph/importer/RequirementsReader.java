package org.careergraph.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careergraph.vocabulary.Education;

/**
 * Reads minimum education, years of experience, extra conditions and substitutions out of
 * requirement text, as HR writes it: typographic punctuation, degree names in their
 * common variants, numbers as words or digits or both, ranges, "or an equivalent
 * combination", and certifications or licences as conditions.
 */
final class RequirementsReader {

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");

    private static final String NUMBER = "(?:\\d{1,2}|" + NUMBER_WORDS.stream()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed())
        .collect(java.util.stream.Collectors.joining("|")) + ")(?:\\s*\\(\\d{1,2}\\))?";

    private static final Pattern YEARS = Pattern.compile(
            "\\b(" + NUMBER + ")(?:\\s*(?:to|-|through|or)\\s*(?:" + NUMBER
                    + "))?(?:\\s+or more)?\\s*\\+?\\s+(?:full[- ]time\\s+)?(?:\\(\\d{1,2}\\)\\s+)?years?\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;])\\s+(?=(?:AND\\s+)?[A-Z(])|\\n");

    private static final Pattern OWN_CONDITION = Pattern.compile(
            ";\\s+(?=(?:AND\\s+)?(?:must|possession|possess|a valid|valid|certification|licen[cs]e)\\b)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern EQUIVALENT_COMBINATION = Pattern
        .compile("[,;]?\\s*(?:or\\s+)?(?:an?y?\\s+)?equivalent combination of [^.;]*", Pattern.CASE_INSENSITIVE);

    private static final Pattern CONDITION = Pattern.compile("\\b(must|required)\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern CREDENTIAL = Pattern.compile("licen[cs]|certif|clearance", Pattern.CASE_INSENSITIVE);
    static final Pattern SUBSTITUTION = Pattern.compile("substitut|in lieu of|equivalent combination",
            Pattern.CASE_INSENSITIVE);

    private static final Map<Education, Pattern> DEGREES = degrees();

    private RequirementsReader() {
    }

    private static Map<Education, Pattern> degrees() {
        Map<Education, Pattern> degrees = new LinkedHashMap<>();
        degrees.put(Education.DOCTORATE, Pattern.compile("\\bph\\.? ?d\\b|\\bdoctora(?:te|l)\\b|\\bdoctor of\\b"));
        degrees.put(Education.MASTER, Pattern.compile("\\bmasters?'?s?\\b|\\bm\\.[as]\\.|\\bmba\\b"));
        degrees.put(Education.BACHELOR, Pattern.compile(
                "\\bbachelor|\\bbaccalaureate\\b|\\bfour[- ]year (?:college |university )?degree|\\bb\\.[as]\\.|\\bb\\.sc\\b"));
        degrees.put(Education.ASSOCIATE,
                Pattern.compile("\\bassociate'?s?'? degree|\\bassociate of (?:applied )?(?:arts|science)"
                        + "|\\btwo[- ]year (?:college |technical )?degree|\\ba\\.a\\.s?\\.|\\ba\\.s\\. degree"));
        degrees.put(Education.HIGH_SCHOOL, Pattern
            .compile("\\bhigh[- ]school\\b|\\bged\\b|\\bg\\.e\\.d\\.|\\bsecondary school\\b|\\bhigh school equivalen"));
        return degrees;
    }

    /**
     * Reads the requirements from the document's own sentences.
     * @param text the minimum-requirement text (education and experience), or null
     * @param substitution separate equivalency text, or null when substitutions sit
     * inside {@code text}
     */
    static Requirements read(String text, String substitution) {
        if (text == null || text.isBlank()) {
            return Requirements.notStated();
        }
        List<String> primary = new ArrayList<>();
        List<String> substitutions = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        for (String sentence : sentences(text + (substitution == null ? "" : "\n" + substitution))) {
            Matcher combination = EQUIVALENT_COMBINATION.matcher(sentence);
            if (combination.find() && combination.start() > 0
                    && !SUBSTITUTION.matcher(sentence.substring(0, combination.start())).find()) {
                substitutions.add(sentence.substring(combination.start()).replaceFirst("^[,;]?\\s*", "").strip());
                sentence = sentence.substring(0, combination.start()).strip();
            }
            if (SUBSTITUTION.matcher(sentence).find()) {
                substitutions.add(sentence);
            }
            else {
                primary.add(sentence);
            }
        }
        String firstPath = primary.isEmpty() ? "" : primary.get(0);
        for (String sentence : primary) {
            boolean credential = CREDENTIAL.matcher(sentence).find() && education(sentence) == null;
            if (credential || (sentence != firstPath && CONDITION.matcher(sentence).find())) {
                conditions.add(sentence.replaceFirst("^AND\\s+", ""));
            }
        }
        String all = String.join(" ", primary);
        Education education = education(all);
        Integer years = years(all);
        if (years == null && education != null) {
            years = 0;
        }
        String lower = SpecText.plain(String.join(" ", substitutions)).toLowerCase(Locale.ROOT);
        boolean equivalent = lower.contains("equivalent substitution") || lower.contains("equivalent combination");
        boolean experienceForEducation = equivalent
                || lower.matches("(?s).*experience[^.]*substituted for[^.]*education.*");
        boolean educationForExperience = equivalent
                || lower.matches("(?s).*education[^.]*substituted for[^.]*experience.*");
        return new Requirements(text.strip(), education, years,
                conditions.isEmpty() ? null : String.join(" ", conditions), substitutions, experienceForEducation,
                educationForExperience, masterReplaces(substitutions));
    }

    /**
     * A sentence split where it adds a condition of its own ("…; must possess a valid
     * licence").
     */
    static List<String> clauses(String sentence) {
        return java.util.Arrays.stream(OWN_CONDITION.split(sentence))
            .map(String::strip)
            .filter(c -> !c.isEmpty())
            .toList();
    }

    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : SENTENCE_END.split(text.strip())) {
            // "…; AND must hold the rank…" and "…; must possess a valid licence" are
            // conditions of their own
            for (String piece : OWN_CONDITION.split(part)) {
                if (!piece.isBlank()) {
                    sentences.add(piece.strip());
                }
            }
        }
        return sentences;
    }

    /**
     * The first degree the text names (the minimum, as documents name it before
     * alternatives), or null.
     */
    static Education education(String text) {
        String lower = SpecText.plain(text).toLowerCase(Locale.ROOT);
        int best = Integer.MAX_VALUE;
        Education found = null;
        for (var degree : DEGREES.entrySet()) {
            Matcher m = degree.getValue().matcher(lower);
            if (m.find() && m.start() < best) {
                best = m.start();
                found = degree.getKey();
            }
        }
        if (found == null && lower.matches("(?s).*\\bdiploma\\b.*")) {
            found = Education.HIGH_SCHOOL;
        }
        return found;
    }

    /**
     * The minimum years of experience: the first number of years, the lower end of a
     * range.
     */
    static Integer years(String text) {
        Matcher m = YEARS.matcher(SpecText.plain(text));
        return m.find() ? number(m.group(1)) : null;
    }

    private static int masterReplaces(List<String> substitutions) {
        for (String s : substitutions) {
            if (SpecText.plain(s).toLowerCase(Locale.ROOT).contains("master")) {
                Integer years = years(s);
                if (years != null) {
                    return years;
                }
            }
        }
        return 0;
    }

    private static int number(String written) {
        String word = written.replaceAll("\\s*\\(\\d+\\)", "").strip().toLowerCase(Locale.ROOT);
        int index = NUMBER_WORDS.indexOf(word);
        return index >= 0 ? index : Integer.parseInt(word);
    }

}
