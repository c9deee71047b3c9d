package org.careergraph.hr;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careergraph.importer.ClassSpec;
import org.careergraph.importer.GraphPlan;
import org.careergraph.importer.GraphPlan.PlannedClass;
import org.careergraph.importer.GraphPlan.PlannedMove;
import org.careergraph.importer.Requirements;
import org.careergraph.vocabulary.Track;

/**
 * Puts HR's checked classes and moves into the document importer's model, so one writer
 * stores both alike.
 */
final class HrStructure {

    private HrStructure() {
    }

    static GraphPlan plan(Collection<ClassRow> classes, Collection<MoveRow> moves, Map<String, Integer> levels,
            GraphSnapshot graph) {
        // a new class of a known agency takes the agency's name when its row gives none
        Map<String, String> agencyNames = new HashMap<>();
        graph.classes()
            .values()
            .stream()
            .filter(c -> c.agencyName() != null)
            .forEach(c -> agencyNames.putIfAbsent(c.agency(), c.agencyName()));
        List<PlannedClass> planned = classes.stream().map(row -> {
            int level = levels.get(row.id());
            Requirements requirements = new Requirements(row.requirements(), row.education(), row.years(), null,
                    List.of(), false, false, 0);
            ClassSpec spec = new ClassSpec(row.title(), List.of(), row.code(), row.grades(), row.summary(),
                    requirements, EnumSet.copyOf(row.tracks().isEmpty() ? List.of(Track.TECHNICAL) : row.tracks()),
                    row.family(), level, line(row.sourceLine()));
            String agencyName = row.agencyName() != null ? row.agencyName() : agencyNames.get(row.agency());
            return new PlannedClass(row.id(), row.agency(), agencyName, row.family(), row.familySummary(), spec, level,
                    row.functions(), row.sourceFile());
        }).toList();
        List<PlannedMove> plannedMoves = moves.stream()
            .map(m -> new PlannedMove(m.type(), m.from(), m.to(), m.basis(), m.sourceFile(), line(m.sourceLine()),
                    m.sharedGrades(), m.confidence()))
            .toList();
        return new GraphPlan(planned, plannedMoves);
    }

    private static int line(Integer line) {
        return line == null ? 0 : line;
    }

}
