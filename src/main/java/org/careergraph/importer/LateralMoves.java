package org.careergraph.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.careergraph.vocabulary.MoveType;
import org.careergraph.importer.GraphPlan.PlannedClass;
import org.careergraph.importer.GraphPlan.PlannedMove;
import org.careergraph.vocabulary.TitleWords;
import org.careergraph.vocabulary.Track;

/**
 * Moves that are not promotions: lateral moves between classes of one agency sharing a
 * pay grade, and peers in other agencies at the same level of work and function. Neither
 * ever leads downward.
 */
final class LateralMoves {

    static final String PEER_RULE = "peer rule";
    static final int MAX_PEERS = 3;

    private LateralMoves() {
    }

    /**
     * SAME_GRADE from a class to each same-agency class sharing a grade, never to a lower
     * level.
     */
    static List<PlannedMove> sameGrade(List<PlannedClass> classes, List<PlannedMove> promotions) {
        Set<String> promoted = new HashSet<>();
        promotions.forEach(p -> {
            promoted.add(p.from() + ">" + p.to());
            promoted.add(p.to() + ">" + p.from());
        });
        Map<String, List<PlannedClass>> byGrade = new LinkedHashMap<>();
        classes.forEach(c -> c.spec()
            .grades()
            .forEach(g -> byGrade.computeIfAbsent(c.agency() + "|" + g, k -> new ArrayList<>()).add(c)));
        List<PlannedMove> moves = new ArrayList<>();
        for (PlannedClass from : classes) {
            Set<PlannedClass> sharing = new LinkedHashSet<>();
            from.spec().grades().forEach(g -> sharing.addAll(byGrade.get(from.agency() + "|" + g)));
            for (PlannedClass to : sharing) {
                List<String> shared = from.spec().grades().stream().filter(to.spec().grades()::contains).toList();
                if (from != to && to.level() >= from.level() && !promoted.contains(from.id() + ">" + to.id())) {
                    moves.add(new PlannedMove(MoveType.SAME_GRADE, from.id(), to.id(),
                            "both are paid at grade" + (shared.size() > 1 ? "s " : " ") + String.join(", ", shared)
                                    + " in the agency's pay plan",
                            from.sourceFile(), from.spec().line(), shared, null));
                }
            }
        }
        return moves;
    }

    /**
     * PEER_OF from a class to its closest equivalents in other agencies: the same level
     * of work, a shared track and a shared function. Confidence starts at 0.5 and gains
     * 0.25 each for the same minimum education and for minimum experience within a year;
     * among equally confident classes the one whose title shares more words wins, then
     * the smaller id. Each class keeps its best match in each other agency, and of those
     * at most {@value #MAX_PEERS}, closest first.
     */
    static List<PlannedMove> peers(Collection<PlannedClass> classes) {
        Map<String, Set<String>> words = new HashMap<>();
        classes.forEach(c -> words.put(c.id(), Set.copyOf(TitleWords.words(c.spec().title()))));
        Map<String, List<PlannedClass>> buckets = new HashMap<>();
        classes.forEach(c -> c.functions()
            .forEach(f -> buckets.computeIfAbsent(c.level() + "|" + f, k -> new ArrayList<>()).add(c)));
        buckets.values().forEach(b -> b.sort(Comparator.comparing(PlannedClass::id)));
        List<PlannedMove> moves = new ArrayList<>();
        for (PlannedClass from : classes) {
            Map<String, Scored> bestPerAgency = new HashMap<>();
            int perfect = 0;
            for (PlannedClass to : candidates(from, buckets)) {
                if (to.agency().equals(from.agency()) || !shares(from, to)) {
                    continue;
                }
                Scored scored = new Scored(to, confidence(from, to), overlap(words.get(from.id()), words.get(to.id())));
                Scored best = bestPerAgency.get(to.agency());
                if (best == null || scored.closerThan(best)) {
                    bestPerAgency.put(to.agency(), scored);
                    perfect += scored.perfect() && (best == null || !best.perfect()) ? 1 : 0;
                }
                if (perfect >= MAX_PEERS) {
                    break; // candidates come in id order: later ones cannot be closer
                }
            }
            bestPerAgency.values()
                .stream()
                .sorted((a, b) -> a.closerThan(b) ? -1 : b.closerThan(a) ? 1 : 0)
                .limit(MAX_PEERS)
                .map(Scored::to)
                .forEach(best -> {
                    List<String> function = best.functions().stream().filter(from.functions()::contains).toList();
                    moves.add(new PlannedMove(MoveType.PEER_OF, from.id(), best.id(),
                            PEER_RULE + ": same level of work (" + from.level() + "), function ("
                                    + String.join(", ", function) + ") and track (" + sharedTracks(from, best)
                                    + ") in another agency",
                            from.sourceFile(), from.spec().line(), List.of(), confidence(from, best)));
                });
        }
        return moves;
    }

    /** A candidate peer with how close it is. */
    private record Scored(PlannedClass to, double confidence, double overlap) {
        boolean perfect() {
            return confidence == 1.0 && overlap == 1.0;
        }

        boolean closerThan(Scored other) {
            if (confidence != other.confidence) {
                return confidence > other.confidence;
            }
            if (overlap != other.overlap) {
                return overlap > other.overlap;
            }
            return to.id().compareTo(other.to.id()) < 0;
        }
    }

    /** Classes at the same level sharing a function, in id order. */
    private static List<PlannedClass> candidates(PlannedClass from, Map<String, List<PlannedClass>> buckets) {
        if (from.functions().size() == 1) {
            return buckets.get(from.level() + "|" + from.functions().get(0));
        }
        return from.functions()
            .stream()
            .flatMap(f -> buckets.get(from.level() + "|" + f).stream())
            .distinct()
            .sorted(Comparator.comparing(PlannedClass::id))
            .toList();
    }

    private static boolean shares(PlannedClass a, PlannedClass b) {
        return a.functions().stream().anyMatch(b.functions()::contains)
                && a.spec().tracks().stream().anyMatch(b.spec().tracks()::contains);
    }

    private static String sharedTracks(PlannedClass a, PlannedClass b) {
        return a.spec()
            .tracks()
            .stream()
            .filter(b.spec().tracks()::contains)
            .map(Track::label)
            .sorted()
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

    private static double overlap(Set<String> a, Set<String> b) {
        long shared = a.stream().filter(b::contains).count();
        long union = a.size() + b.size() - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

}
