package org.careergraph.hr;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careergraph.hr.GraphSnapshot.KnownClass;
import org.careergraph.hr.GraphSnapshot.KnownMove;
import org.careergraph.vocabulary.MoveType;
import org.careergraph.importer.Suggestions;

/**
 * Checks HR's tables against each other and against the graph (duplicate ids, unknown classes, moves that lead
 * downward, classes another importer owns) and plans what to write. Plain Java, so every rule is unit-tested.
 */
final class HrChecks {

    private HrChecks() {
    }

    /** The plan, or null with the reasons in {@code errors}. */
    static HrPlan check(HrTables tables, GraphSnapshot graph, List<HrFileError> errors) {
        int before = errors.size();
        Map<String, ClassRow> own = new LinkedHashMap<>();
        for (ClassRow row : tables.classes()) {
            KnownClass known = graph.classes().get(row.id());
            ClassRow first = row.owned() ? own.putIfAbsent(row.id(), row) : null;
            if (first != null) {
                errors.add(row.at().error("id", "duplicate id '" + row.id() + "': line " + first.at().line()
                        + " already defines it"));
            } else if (row.owned() && known != null && !HrImporter.ORIGIN.equals(known.origin())) {
                errors.add(row.at().error("id", "'" + row.id() + "' is a class of origin '" + known.origin() + "' ("
                        + known.title() + "); HR rows may not redefine it: use another id, or give the row origin '"
                        + known.origin() + "' to leave the class as it is"));
            }
        }
        Map<String, Integer> fixedLevels = new LinkedHashMap<>();
        graph.classes().values().stream().filter(c -> !HrImporter.ORIGIN.equals(c.origin()))
                .forEach(c -> fixedLevels.put(c.id(), c.level()));
        Set<String> known = new HashSet<>(fixedLevels.keySet());
        known.addAll(own.keySet());
        Set<String> stated = new HashSet<>();
        graph.moves().stream().filter(m -> !HrImporter.ORIGIN.equals(m.origin())).map(KnownMove::key).forEach(stated::add);
        Map<String, MoveRow> moves = new LinkedHashMap<>();
        for (MoveRow row : tables.moves()) {
            if (row.owned() && exists(row.from(), "from", row.at(), known, errors) & exists(row.to(), "to", row.at(), known, errors)) {
                MoveRow first = moves.putIfAbsent(row.key(), row);
                if (row.from().equals(row.to())) {
                    errors.add(row.at().error("to", "a move must lead to another class"));
                } else if (first != null) {
                    errors.add(row.at().error("to", "duplicate move " + row.key() + ": line " + first.at().line()
                            + " already states it"));
                } else if (stated.contains(row.key())) {
                    errors.add(row.at().error("to", "the class-specification documents already state " + row.key()
                            + "; leave it out or give it their origin"));
                }
            }
        }
        List<MoveRow> promotions = moves.values().stream().filter(m -> m.type() == MoveType.PROMOTES_TO).toList();
        Map<String, Integer> levels = HrLevels.of(own.keySet(), graph.classes(), promotions, errors);
        if (levels != null) {
            levels.putAll(fixedLevels);
            moves.values().forEach(m -> upward(m, levels, errors));
        }
        Set<String> movesAfter = new HashSet<>(moves.keySet());
        movesAfter.addAll(stated);
        checkHeadcounts(tables.headcounts(), known, errors);
        checkHistory(tables.history(), known, movesAfter, errors);
        if (errors.size() > before) {
            return null;
        }
        return new HrPlan(HrStructure.plan(own.values(), moves.values(), levels, graph),
                tables.headcounts(), tables.history(), tables.classes().size() - own.size(),
                tables.moves().size() - moves.size());
    }

    private static void upward(MoveRow move, Map<String, Integer> levels, List<HrFileError> errors) {
        int from = levels.get(move.from());
        int to = levels.get(move.to());
        if (move.type() == MoveType.PROMOTES_TO ? to <= from : to < from) {
            errors.add(move.at().error("to", "the move points downward: '" + move.from() + "' is at level of work " + from
                    + " and '" + move.to() + "' at " + to + (move.type() == MoveType.PROMOTES_TO
                    ? "; a promotion must lead to a higher level" : "; a lateral or peer move never leads lower")));
        }
    }

    private static void checkHeadcounts(List<HeadcountRow> rows, Set<String> known, List<HrFileError> errors) {
        Map<String, HeadcountRow> seen = new LinkedHashMap<>();
        for (HeadcountRow row : rows) {
            if (exists(row.classId(), "class", row.at(), known, errors) && seen.putIfAbsent(row.classId(), row) != null) {
                errors.add(row.at().error("class", "duplicate class '" + row.classId() + "': line "
                        + seen.get(row.classId()).at().line() + " already gives its headcount"));
            }
        }
    }

    private static void checkHistory(List<HistoryRow> rows, Set<String> known, Set<String> moves, List<HrFileError> errors) {
        Map<String, HistoryRow> seen = new LinkedHashMap<>();
        for (HistoryRow row : rows) {
            if (exists(row.from(), "from", row.at(), known, errors) & exists(row.to(), "to", row.at(), known, errors)) {
                if (seen.putIfAbsent(row.key(), row) != null) {
                    errors.add(row.at().error("year", "duplicate count for " + row.from() + " to " + row.to() + " in "
                            + row.year() + ": line " + seen.get(row.key()).at().line() + " already gives it"));
                } else if (Arrays.stream(MoveType.values())
                        .noneMatch(t -> moves.contains(t + " " + row.from() + ">" + row.to()))) {
                    errors.add(row.at().error("to", "the graph has no move from '" + row.from() + "' to '" + row.to()
                            + "'; add it to moves.csv first"));
                }
            }
        }
    }

    private static boolean exists(String id, String column, FileLine at, Set<String> known, List<HrFileError> errors) {
        if (id != null && !known.contains(id)) {
            errors.add(at.error(column, "unknown class '" + id + "'" + Suggestions.closest(id, known)));
        }
        return id != null && known.contains(id);
    }
}
