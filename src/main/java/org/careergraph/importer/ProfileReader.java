package org.careergraph.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.careergraph.importer.DocumentLines.Line;
import org.careergraph.vocabulary.ItemKind;
import org.careergraph.vocabulary.Supervision;

/**
 * Turns the paragraphs and sentences of a document's sections into the statements a class
 * profile keeps: which kind each is, the supervision a class exercises, and which
 * requirement sentences are credentials.
 */
final class ProfileReader {

    private static final Pattern MANAGES = Pattern
        .compile("\\bmanagerial\\b|\\bmanages\\b|\\bmanaging (?:multiple|staff|"
                + "teams|a |the |employees|supervisors|managers)|\\bmanage (?:staff|employees|supervisors)\\b|\\bteam supervisors\\b"
                + "|\\bsupervises (?:managers|supervisors)\\b");

    private static final Pattern SUPERVISES = Pattern
        .compile("(?<!non-)(?<!non )(?<!temporary )\\bsupervisory (?:position|"
                + "role|responsibilit|duties)|\\bsupervis(?:es|ing) (?:the |a |an |staff|employees|subordinate|day-to-day|team|"
                + "workers|personnel)|\\bsupervises\\b|\\bshift supervisor\\b|\\bperformance evaluations\\b|\\bdirect(?:s|ing) (?:a |the )?"
                + "(?:small )?staff\\b|\\bdirect reports?: (?!none|no\\b)");

    private static final Pattern LEAD = Pattern.compile("\\blead work|\\bmay lead\\b|\\bleads? (?:project )?teams?\\b"
            + "|\\btemporary supervisory\\b|\\bproject lead\\b|\\bteam lead\\b|\\bleadworker\\b");

    private static final Pattern NONE = Pattern.compile("\\bno (?:direct |indirect )?(?:reports|subordinates)\\b"
            + "|\\bnon-? ?supervisory\\b|\\bno supervis|\\bdoes not supervise\\b|^none\\.?$|: none\\.?$");

    private static final Pattern COMPLEXITY = Pattern.compile("\\bcomplex(?:ity)?\\b");

    private static final Pattern IMPACT = Pattern.compile("\\bimpacts?\\b");

    private static final Pattern BOILERPLATE = Pattern.compile("^(?:performs )?other (?:related )?duties as assigned"
            + "|may be re-?deployed|any one position may not include|^all duties and responsibilities may not be included"
            + "|^none\\.?$|^n/?a\\.?$", Pattern.CASE_INSENSITIVE);

    private static final Pattern CERTIFICATION = Pattern
        .compile("(?i:certification|certificate\\b)|\\bCertified [A-Z]|\\bCERTIFIED\\b");

    private static final Pattern LABEL = Pattern.compile("^[^.]{1,40}:$");

    private ProfileReader() {
    }

    /**
     * One statement of the given kind per paragraph, without the boilerplate notes HR
     * puts among duties.
     */
    static List<StatedItem> items(ItemKind kind, List<Line> paragraphs, boolean seriesWide) {
        List<StatedItem> items = new ArrayList<>();
        for (Line p : labelled(paragraphs)) {
            String text = p.text().replaceFirst("^[-•❖▪●*\\s]+", "").strip();
            if (!text.isEmpty() && !BOILERPLATE.matcher(SpecText.plain(text)).find()) {
                items.add(new StatedItem(kind, text, p.number(), seriesWide));
            }
        }
        return items;
    }

    /**
     * Statements from a class description: each sentence a responsibility, and also
     * evidence of supervision, complexity or impact when it speaks of them.
     */
    static List<StatedItem> description(List<Line> sentences) {
        List<StatedItem> items = new ArrayList<>(items(ItemKind.RESPONSIBILITY, sentences, false));
        for (Line s : sentences) {
            String lower = lower(s.text());
            if (level(lower) != null) {
                items.add(new StatedItem(ItemKind.SUPERVISION, s.text(), s.number(), false));
            }
            if (COMPLEXITY.matcher(lower).find()) {
                items.add(new StatedItem(ItemKind.COMPLEXITY, s.text(), s.number(), false));
            }
            if (IMPACT.matcher(lower).find()) {
                items.add(new StatedItem(ItemKind.IMPACT, s.text(), s.number(), false));
            }
        }
        return items;
    }

    /**
     * Requirement or licensure sentences that ask for a licence, certification or
     * clearance; substitutions are not.
     */
    static List<StatedItem> credentials(List<Line> sentences, boolean wholeSection) {
        List<StatedItem> items = new ArrayList<>();
        for (Line s : labelled(sentences).stream()
            .flatMap(s -> RequirementsReader.clauses(s.text()).stream().map(clause -> new Line(s.number(), clause)))
            .toList()) {
            String lower = lower(s.text());
            if (RequirementsReader.SUBSTITUTION.matcher(lower).find() || BOILERPLATE.matcher(lower).find()
                    || lower.matches("(?s).*\\b(?:equivalency|ged|high school) certificat.*")) {
                continue;
            }
            boolean any = false;
            if (lower.contains("clearance")) {
                items.add(new StatedItem(ItemKind.CLEARANCE, s.text(), s.number(), false));
                any = true;
            }
            if (lower.matches("(?s).*licen[cs].*")) {
                items.add(new StatedItem(ItemKind.LICENCE, s.text(), s.number(), false));
                any = true;
            }
            if (CERTIFICATION.matcher(s.text()).find() || (wholeSection && !any)) {
                items.add(new StatedItem(ItemKind.CERTIFICATION, s.text(), s.number(), false));
            }
        }
        return items;
    }

    /**
     * The highest supervision any of the statements describes, or null when none speaks
     * of it.
     */
    static Supervision supervision(List<StatedItem> items, boolean section) {
        Supervision highest = null;
        for (StatedItem item : items) {
            if (item.kind() != ItemKind.SUPERVISION) {
                continue;
            }
            Supervision level = level(lower(item.text()));
            if (level == null && section) {
                level = fallback(lower(item.text()));
            }
            if (level != null && (highest == null || level.compareTo(highest) > 0)) {
                highest = level;
            }
        }
        return highest;
    }

    static Supervision level(String lower) {
        if (MANAGES.matcher(lower).find()) {
            return Supervision.MANAGES;
        }
        if (SUPERVISES.matcher(lower).find()) {
            return Supervision.SUPERVISES;
        }
        if (LEAD.matcher(lower).find()) {
            return Supervision.LEAD;
        }
        return NONE.matcher(lower).find() ? Supervision.NONE : null;
    }

    /** Words of a supervision section that the phrases above do not know. */
    private static Supervision fallback(String lower) {
        if (lower.contains("manag")) {
            return Supervision.MANAGES;
        }
        if (lower.contains("supervis")) {
            return Supervision.SUPERVISES;
        }
        if (lower.matches("(?s).*\\blead.*")) {
            return Supervision.LEAD;
        }
        return null;
    }

    /**
     * A short "Label:" paragraph (e.g. "Direct Supervision:") belongs to the paragraph
     * after it.
     */
    static List<Line> labelled(List<Line> paragraphs) {
        List<Line> merged = new ArrayList<>();
        Line label = null;
        for (Line p : paragraphs) {
            if (LABEL.matcher(p.text()).matches()) {
                label = label == null ? p : new Line(label.number(), label.text() + " " + p.text());
                continue;
            }
            merged.add(label == null ? p : new Line(label.number(), label.text() + " " + p.text()));
            label = null;
        }
        if (label != null) {
            merged.add(label);
        }
        return merged;
    }

    private static String lower(String text) {
        return SpecText.plain(text).toLowerCase(Locale.ROOT).strip();
    }

}
