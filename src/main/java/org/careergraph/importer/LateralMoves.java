package org.careergraph.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.careergraph.importer.GraphPlan.MoveType;
import org.careergraph.importer.GraphPlan.PlannedClass;
import org.careergraph.importer.GraphPlan.PlannedMove;

/**
 * Moves that are not promotions: lateral moves between classes of one agency sharing a pay grade, and
 * peers in other agencies at the same level of work and function. Neither ever leads downward.
 */
final class LateralMoves {

    static final String PEER_RULE = "peer rule";

    private LateralMoves() {
    }

    /** SAME_GRADE from a class to each same-agency class sharing a grade, never to a lower level. */
    static List<PlannedMove> sameGrade(List<PlannedClass> classes, List<PlannedMove> promotions) {
        Set<String> promoted = new HashSet<>();
        promotions.forEach(p -> {
            promoted.add(p.from() + ">" + p.to());
            promoted.add(p.to() + ">" + p.from());
        });
        Map<String, List<PlannedClass>> byGrade = new LinkedHashMap<>();
        classes.forEach(c -> c.spec().grades().forEach(g -> byGrade.computeIfAbsent(c.agency() + "|" + g,
                k -> new ArrayList<>()).add(c)));
        List<PlannedMove> moves = new ArrayList<>();
        for (PlannedClass from : classes) {
            Set<PlannedClass> sharing = new LinkedHashSet<>();
            from.spec().grades().forEach(g -> sharing.addAll(byGrade.get(from.agency() + "|" + g)));
            for (PlannedClass to : sharing) {
                List<String> shared = from.spec().grades().stream().filter(to.spec().grades()::contains).toList();
                if (from != to && to.level() >= from.level() && !promoted.contains(from.id() + ">" + to.id())) {
                    moves.add(new PlannedMove(MoveType.SAME_GRADE, from.id(), to.id(), "both are paid at grade"
                            + (shared.size() > 1 ? "s " : " ") + String.join(", ", shared) + " in the agency's pay plan", from.sourceFile(),
                            from.spec().line(), shared, null));
                }
            }
        }
        return moves;
    }

    /**
     * PEER_OF from a class to its closest equivalent in each other agency: the same level of work, a shared
     * track and a shared function. Confidence starts at 0.5 and gains 0.25 each for the same minimum
     * education and for minimum experience within a year.
     */
    static List<PlannedMove> peers(Collection<PlannedClass> classes) {
        Map<Integer, List<PlannedClass>> byLevel = classes.stream().collect(Collectors.groupingBy(PlannedClass::level));
        List<PlannedMove> moves = new ArrayList<>();
        for (PlannedClass from : classes) {
            Map<String, List<PlannedClass>> candidates = byLevel.get(from.level()).stream()
                    .filter(to -> !to.agency().equals(from.agency()) && shares(from, to))
                    .collect(Collectors.groupingBy(PlannedClass::agency));
            for (List<PlannedClass> inAgency : candidates.values()) {
                PlannedClass best = inAgency.stream().max(Comparator.comparingDouble((PlannedClass to) -> confidence(from, to))
                        .thenComparingDouble(to -> overlap(from, to)).thenComparing(PlannedClass::id)).orElseThrow();
                List<String> function = best.functions().stream().filter(from.functions()::contains).toList();
                moves.add(new PlannedMove(MoveType.PEER_OF, from.id(), best.id(), PEER_RULE + ": same level of work ("
                        + from.level() + "), function (" + String.join(", ", function) + ") and track ("
                        + sharedTracks(from, best) + ") in another agency", from.sourceFile(), from.spec().line(),
                        List.of(), confidence(from, best)));
            }
        }
        return moves;
    }

    private static boolean shares(PlannedClass a, PlannedClass b) {
        return a.functions().stream().anyMatch(b.functions()::contains)
                && a.spec().tracks().stream().anyMatch(b.spec().tracks()::contains);
    }

    private static String sharedTracks(PlannedClass a, PlannedClass b) {
        return a.spec().tracks().stream().filter(b.spec().tracks()::contains).map(Track::label).sorted()
                .collect(Collectors.joining(", "));
    }

    static double confidence(PlannedClass a, PlannedClass b) {
        Requirements ra = a.spec().requirements();
        Requirements rb = b.spec().requirements();
        double confidence = 0.5;
        if (ra.education() != null && Objects.equals(ra.education(), rb.education())) {
            confidence += 0.25;
        }
        if (ra.years() != null && rb.years() != null && Math.abs(ra.years() - rb.years()) <= 1) {
            confidence += 0.25;
        }
        return confidence;
    }

    private static double overlap(PlannedClass a, PlannedClass b) {
        Set<String> wordsA = new HashSet<>(TitleWords.words(a.spec().title()));
        Set<String> wordsB = new HashSet<>(TitleWords.words(b.spec().title()));
        Set<String> union = new HashSet<>(wordsA);
        union.addAll(wordsB);
        wordsA.retainAll(wordsB);
        return union.isEmpty() ? 0 : (double) wordsA.size() / union.size();
    }
}
