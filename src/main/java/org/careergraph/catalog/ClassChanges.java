package org.careergraph.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.careergraph.vocabulary.Education;
import org.careergraph.vocabulary.ItemKind;
import org.careergraph.vocabulary.Supervision;

/**
 * What changes from one class to another, in the documents' own words: education, years
 * and supervision side by side, then every statement the second makes that the first does
 * not ({@code added}), both make ({@code shared}) and only the first makes
 * ({@code dropped}), by section. A section a class's document is silent on is listed
 * under {@code notStated}, never guessed.
 */
public record ClassChanges(Change education, Change years, Change supervision, Map<String, List<ClassStatement>> added,
        Map<String, List<ClassStatement>> shared, Map<String, List<ClassStatement>> dropped, NotStated notStated) {

    public static final String NOT_STATED = "not stated";

    /**
     * One value in both classes and how it moves: {@code higher}, {@code lower},
     * {@code same} or {@code not stated}.
     */
    public record Change(Object from, Object to, String change) {
    }

    /** The sections each class's document does not state. */
    public record NotStated(List<String> from, List<String> to) {
    }

    /**
     * The order sections are answered in: what a person must bring first, what the work
     * is last.
     */
    static final List<ItemKind> ORDER = List.of(ItemKind.CERTIFICATION, ItemKind.LICENCE, ItemKind.CLEARANCE,
            ItemKind.SUPERVISION, ItemKind.COMPETENCY, ItemKind.KNOWLEDGE, ItemKind.RESPONSIBILITY, ItemKind.COMPLEXITY,
            ItemKind.IMPACT);

    public static ClassChanges between(StatedProfile from, StatedProfile to) {
        Map<String, List<ClassStatement>> added = new LinkedHashMap<>();
        Map<String, List<ClassStatement>> shared = new LinkedHashMap<>();
        Map<String, List<ClassStatement>> dropped = new LinkedHashMap<>();
        List<String> silentFrom = new ArrayList<>();
        List<String> silentTo = new ArrayList<>();
        for (ItemKind kind : ORDER) {
            List<ClassStatement> before = from.section(kind);
            List<ClassStatement> after = to.section(kind);
            Set<String> beforeKeys = before.stream().map(ClassStatement::key).collect(Collectors.toSet());
            Set<String> afterKeys = after.stream().map(ClassStatement::key).collect(Collectors.toSet());
            added.put(kind.section(), after.stream().filter(s -> !beforeKeys.contains(s.key())).toList());
            shared.put(kind.section(), after.stream().filter(s -> beforeKeys.contains(s.key())).toList());
            dropped.put(kind.section(), before.stream().filter(s -> !afterKeys.contains(s.key())).toList());
            if (before.isEmpty()) {
                silentFrom.add(kind.section());
            }
            if (after.isEmpty()) {
                silentTo.add(kind.section());
            }
        }
        return new ClassChanges(education(from.education(), to.education()), years(from.years(), to.years()),
                supervision(from.supervision(), to.supervision()), added, shared, dropped,
                new NotStated(List.copyOf(silentFrom), List.copyOf(silentTo)));
    }

    private static Change education(String from, String to) {
        return compare(from, to,
                from == null || to == null ? 0 : Education.fromKey(to).compareTo(Education.fromKey(from)));
    }

    private static Change years(Integer from, Integer to) {
        return compare(from, to, from == null || to == null ? 0 : Integer.compare(to, from));
    }

    private static Change supervision(String from, String to) {
        return compare(from, to,
                from == null || to == null ? 0 : Supervision.valueOf(to.toUpperCase(java.util.Locale.ROOT))
                    .compareTo(Supervision.valueOf(from.toUpperCase(java.util.Locale.ROOT))));
    }

    private static Change compare(Object from, Object to, int order) {
        String change = from == null || to == null ? NOT_STATED : order > 0 ? "higher" : order < 0 ? "lower" : "same";
        return new Change(from == null ? NOT_STATED : from, to == null ? NOT_STATED : to, change);
    }

    /**
     * The changes in one cell: what moves and what is new, e.g. for a route's CSV form.
     */
    @JsonIgnore
    public String summary() {
        List<String> parts = new ArrayList<>();
        Map<String, Change> values = new LinkedHashMap<>();
        values.put("education", education);
        values.put("years", years);
        values.put("supervision", supervision);
        values.forEach((name, c) -> {
            if (!c.change().equals("same")) {
                parts.add(name + " " + c.from() + " → " + c.to());
            }
        });
        added.forEach((section, items) -> {
            if (!items.isEmpty()) {
                parts.add("new " + section + ": "
                        + items.stream().map(ClassStatement::oneLine).collect(Collectors.joining(" | ")));
            }
        });
        if (!notStated.to().isEmpty()) {
            parts.add("not stated: " + String.join(", ", notStated.to()));
        }
        return String.join("; ", parts);
    }
}
