package org.careergraph.hr;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careergraph.hr.GraphSnapshot.KnownClass;
import org.careergraph.hr.GraphSnapshot.KnownMove;
import org.careergraph.importer.ImportProblem;
import org.careergraph.importer.LevelOfWork;
import org.careergraph.importer.Location;
import org.careergraph.vocabulary.MoveType;
import org.careergraph.importer.Suggestions;

/**
 * Checks HR's tables against each other and against the graph (duplicate ids, unknown
 * classes, moves that lead downward, classes another importer owns) and plans what to
 * write. Plain Java, so every rule is unit-tested.
 */
final class HrChecks {

    private HrChecks() {
    }

    /** The plan, or null with the reasons in {@code errors}. */
    static HrPlan check(HrTables tables, GraphSnapshot graph, List<ImportProblem> errors) {
        int before = errors.size();
        Map<String, ClassRow> own = ownClasses(tables.classes(), graph, errors);
        Map<String, Integer> fixedLevels = new LinkedHashMap<>();
        graph.classes()
            .values()
            .stream()
            .filter(c -> !HrImporter.ORIGIN.equals(c.origin()))
            .forEach(c -> fixedLevels.put(c.id(), c.level()));
        Set<String> known = new HashSet<>(fixedLevels.keySet());
        known.addAll(own.keySet());
        Set<String> stated = new HashSet<>();
        graph.moves()
            .stream()
            .filter(m -> !HrImporter.ORIGIN.equals(m.origin()))
            .map(KnownMove::key)
            .forEach(stated::add);
        Map<String, MoveRow> moves = ownMoves(tables.moves(), known, stated, errors);
        List<LevelOfWork.Promotion> promotions = moves.values()
            .stream()
            .filter(m -> m.type() == MoveType.PROMOTES_TO)
            .map(m -> new LevelOfWork.Promotion(m.from(), m.to(), m.at(), "to"))
            .toList();
        Map<String, Integer> levels = LevelOfWork.levels(own.keySet(), promotions, fixedLevels, errors);
        if (levels != null) {
            levels.putAll(fixedLevels);
            moves.values().forEach(m -> upward(m, levels, errors));
        }
        Set<String> movesAfter = new HashSet<>(moves.keySet());
        movesAfter.addAll(stated);
        checkHeadcounts(tables.headcounts(), known, errors);
        int observedOnly = checkHistory(tables.history(), known, movesAfter, errors);
        if (errors.size() > before) {
            return null;
        }
        return new HrPlan(HrStructure.plan(own.values(), moves.values(), levels, graph), tables.headcounts(),
                tables.history(), tables.classes().size() - own.size(), tables.moves().size() - moves.size(),
                observedOnly);
    }

    /** HR's own classes by id: each once, and none that another importer owns. */
    private static Map<String, ClassRow> ownClasses(List<ClassRow> rows, GraphSnapshot graph,
            List<ImportProblem> errors) {
        Map<String, ClassRow> own = new LinkedHashMap<>();
        for (ClassRow row : rows) {
            KnownClass known = graph.classes().get(row.id());
            ClassRow first = row.owned() ? own.putIfAbsent(row.id(), row) : null;
            if (first != null) {
                errors.add(row.at()
                    .problem("id",
                            "duplicate id '" + row.id() + "': line " + first.at().line() + " already defines it"));
            }
            else if (row.owned() && known != null && !HrImporter.ORIGIN.equals(known.origin())) {
                errors.add(row.at()
                    .problem("id",
                            "'" + row.id() + "' is a class of origin '" + known.origin() + "' (" + known.title()
                                    + "); HR rows may not redefine it: use another id, or give the row origin '"
                                    + known.origin() + "' to leave the class as it is"));
            }
        }
        return own;
    }

    /**
     * HR's own moves by key: between known classes, each once, none to itself and none
     * the documents state.
     */
    private static Map<String, MoveRow> ownMoves(List<MoveRow> rows, Set<String> known, Set<String> stated,
            List<ImportProblem> errors) {
        Map<String, MoveRow> moves = new LinkedHashMap<>();
        for (MoveRow row : rows) {
            if (row.owned() && exists(row.from(), "from", row.at(), known, errors)
                    & exists(row.to(), "to", row.at(), known, errors)) {
                MoveRow first = row.from().equals(row.to()) ? null : moves.putIfAbsent(row.key(), row);
                if (row.from().equals(row.to())) {
                    errors.add(row.at().problem("to", "a move must lead to another class"));
                }
                else if (first != null) {
                    errors.add(row.at()
                        .problem("to",
                                "duplicate move " + row.key() + ": line " + first.at().line() + " already states it"));
                }
                else if (stated.contains(row.key())) {
                    errors.add(row.at()
                        .problem("to", "the class-specification documents already state " + row.key()
                                + "; leave it out or give it their origin"));
                }
            }
        }
        return moves;
    }

    private static void upward(MoveRow move, Map<String, Integer> levels, List<ImportProblem> errors) {
        int from = levels.get(move.from());
        int to = levels.get(move.to());
        if (move.type() == MoveType.PROMOTES_TO ? to <= from : to < from) {
            errors.add(move.at()
                .problem("to",
                        "the move points downward: '" + move.from() + "' is at level of work " + from + " and '"
                                + move.to() + "' at " + to
                                + (move.type() == MoveType.PROMOTES_TO ? "; a promotion must lead to a higher level"
                                        : "; a lateral or peer move never leads lower")));
        }
    }

    private static void checkHeadcounts(List<HeadcountRow> rows, Set<String> known, List<ImportProblem> errors) {
        Map<String, HeadcountRow> seen = new LinkedHashMap<>();
        for (HeadcountRow row : rows) {
            if (exists(row.classId(), "class", row.at(), known, errors)
                    && seen.putIfAbsent(row.classId(), row) != null) {
                errors.add(row.at()
                    .problem("class", "duplicate class '" + row.classId() + "': line "
                            + seen.get(row.classId()).at().line() + " already gives its headcount"));
            }
        }
    }

    /**
     * Any move between two known classes may be recorded; one that no documented or
     * reviewed move joins is kept as observed only (a de facto move).
     * @return how many pairs of classes the history records moves between that no move
     * joins
     */
    private static int checkHistory(List<HistoryRow> rows, Set<String> known, Set<String> moves,
            List<ImportProblem> errors) {
        Map<String, HistoryRow> seen = new LinkedHashMap<>();
        Set<String> observedOnly = new HashSet<>();
        for (HistoryRow row : rows) {
            if (exists(row.from(), "from", row.at(), known, errors) & exists(row.to(), "to", row.at(), known, errors)) {
                if (row.from().equals(row.to())) {
                    errors.add(row.at()
                        .problem("to", "a move must lead to another class; people staying in '" + row.from()
                                + "' are not a move"));
                }
                else if (seen.putIfAbsent(row.key(), row) != null) {
                    errors.add(row.at()
                        .problem("year", "duplicate count for " + row.from() + " to " + row.to() + " in " + row.year()
                                + ": line " + seen.get(row.key()).at().line() + " already gives it"));
                }
                else if (Arrays.stream(MoveType.values())
                    .noneMatch(t -> moves.contains(t + " " + row.from() + ">" + row.to()))) {
                    observedOnly.add(row.from() + ">" + row.to());
                }
            }
        }
        return observedOnly.size();
    }

    private static boolean exists(String id, String column, Location at, Set<String> known,
            List<ImportProblem> errors) {
        if (id != null && !known.contains(id)) {
            errors.add(at.problem(column, "unknown class '" + id + "'" + Suggestions.closest(id, known)));
        }
        return id != null && known.contains(id);
    }

}
