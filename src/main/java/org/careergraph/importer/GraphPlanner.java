package org.careergraph.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.careergraph.vocabulary.MoveType;
import org.careergraph.importer.GraphPlan.PlannedClass;
import org.careergraph.importer.GraphPlan.PlannedMove;
import org.careergraph.importer.ReviewedData.Bridge;
import org.careergraph.vocabulary.TitleWords;
import org.careergraph.vocabulary.Track;

/**
 * Turns parsed documents and the reviewed data into the graph: ids, ladders, bridges,
 * levels and lateral moves.
 */
final class GraphPlanner {

    private GraphPlanner() {
    }

    /**
     * Plans the graph.
     * @throws SpecParseException naming the file, line and reason of the first problem
     */
    public static GraphPlan plan(List<ParsedDocument> documents, ReviewedData data) {
        List<ImportProblem> problems = new ArrayList<>();
        GraphPlan plan = plan(documents, data, problems);
        if (plan == null) {
            ImportProblem first = problems.get(0);
            throw new SpecParseException(first.file(), first.line(), first.reason());
        }
        return plan;
    }

    /**
     * The graph, or null with every problem found (an unknown agency or bridge end, a
     * loop) in {@code problems}.
     */
    static GraphPlan plan(List<ParsedDocument> documents, ReviewedData data, List<ImportProblem> problems) {
        int before = problems.size();
        Map<String, PlannedClass> classes = new LinkedHashMap<>();
        List<PlannedMove> promotions = new ArrayList<>();
        for (ParsedDocument doc : documents) {
            Agency agency = Agency.of(doc, data, problems);
            if (agency != null) {
                ladders(doc, agency, classes, promotions);
            }
        }
        for (Bridge bridge : data.bridges()) {
            List<String> unknown = Stream.of(bridge.from(), bridge.to())
                .filter(end -> !classes.containsKey(end))
                .toList();
            unknown.forEach(end -> problems
                .add(new ImportProblem(ReviewedData.BRIDGES, bridge.line(), end.equals(bridge.from()) ? "from" : "to",
                        "unknown class id '" + end + "'" + Suggestions.closest(end, classes.keySet()))));
            if (unknown.isEmpty()) {
                promotions.add(new PlannedMove(MoveType.PROMOTES_TO, bridge.from(), bridge.to(), bridge.basis(),
                        ReviewedData.BRIDGES, bridge.line(), List.of(), null));
            }
        }
        List<PlannedMove> distinct = distinctPromotions(promotions);
        Map<String, Integer> levels = LevelOfWork.levels(classes.keySet(),
                distinct.stream()
                    .map(m -> new LevelOfWork.Promotion(m.from(), m.to(), new Location(m.sourceFile(), m.sourceLine()),
                            m.sourceFile().equals(ReviewedData.BRIDGES) ? "to" : null))
                    .toList(),
                Map.of(), problems);
        if (problems.size() > before) {
            return null;
        }
        List<PlannedClass> planned = classes.values()
            .stream()
            .map(c -> new PlannedClass(c.id(), c.agency(), c.agencyName(), c.family(), c.familySummary(), c.spec(),
                    levels.get(c.id()), functions(c, data), c.sourceFile()))
            .toList();
        List<PlannedMove> moves = new ArrayList<>(distinct);
        moves.addAll(LateralMoves.sameGrade(planned, distinct));
        moves.addAll(LateralMoves.peers(planned));
        return new GraphPlan(planned, moves);
    }

    /**
     * The document's classes, and a promotion from each class to the next up each of its
     * ladders.
     */
    private static void ladders(ParsedDocument doc, Agency agency, Map<String, PlannedClass> classes,
            List<PlannedMove> promotions) {
        Map<String, List<ClassSpec>> ladders = new LinkedHashMap<>();
        for (ClassSpec spec : doc.classes()) {
            String id = agency.code() + "-" + TitleWords.slug(spec.title());
            classes.merge(id, new PlannedClass(id, agency.code(), agency.name(), doc.family(), doc.familySummary(),
                    spec, 0, List.of(), doc.sourceFile()), GraphPlanner::merge);
            ladders.computeIfAbsent(spec.ladder(), k -> new ArrayList<>()).add(spec);
        }
        ladders.forEach((ladder, specs) -> {
            specs.sort(Comparator.comparingInt(ClassSpec::order));
            for (int i = 1; i < specs.size(); i++) {
                promotions.add(
                        new PlannedMove(MoveType.PROMOTES_TO,
                                agency.code() + "-" + TitleWords.slug(specs.get(i - 1).title()),
                                agency.code() + "-" + TitleWords.slug(specs.get(i).title()), "next class up the "
                                        + ladder + " ladder, in the order " + doc.sourceFile() + " lists it",
                                doc.sourceFile(), specs.get(i).line(), List.of(), null));
            }
        });
    }

    private static List<PlannedMove> distinctPromotions(List<PlannedMove> promotions) {
        Set<String> seen = new HashSet<>();
        return promotions.stream().filter(m -> seen.add(m.from() + ">" + m.to())).toList();
    }

    /**
     * The same class named by two documents: keep the fuller specification, on every
     * track either names.
     */
    private static PlannedClass merge(PlannedClass first, PlannedClass second) {
        PlannedClass fuller = second.spec().requirements().stated() && !first.spec().requirements().stated() ? second
                : first;
        Set<Track> tracks = EnumSet.copyOf(first.spec().tracks());
        tracks.addAll(second.spec().tracks());
        ClassSpec s = fuller.spec();
        return new PlannedClass(fuller.id(), fuller.agency(), fuller.agencyName(), fuller.family(),
                fuller.familySummary(), new ClassSpec(s.title(), s.aliases(), s.code(), s.grades(), s.summary(),
                        s.requirements(), tracks, s.ladder(), s.order(), s.line(), s.profile()),
                0, List.of(), fuller.sourceFile());
    }

    private static List<String> functions(PlannedClass c, ReviewedData data) {
        String text = " " + String.join(" ", TitleWords.words(c.spec().title() + " " + c.family())) + " ";
        return data.functions()
            .stream()
            .filter(f -> text.contains(" " + String.join(" ", TitleWords.words(f.keyword())) + " "))
            .map(ReviewedData.FunctionKeyword::function)
            .distinct()
            .toList();
    }

    /**
     * The agency behind a document: the reviewed file wins, else the name the document
     * states.
     */
    private record Agency(String code, String name) {
        static Agency of(ParsedDocument doc, ReviewedData data, List<ImportProblem> problems) {
            for (var source : data.agencies()) {
                if (source.file().equals(doc.sourceFile())) {
                    return new Agency(source.agency(), source.name());
                }
            }
            if (doc.statedAgency() != null) {
                StringBuilder initials = new StringBuilder();
                for (String word : doc.statedAgency().split("\\s+")) {
                    initials.append(Character.toLowerCase(word.charAt(0)));
                }
                return new Agency(initials.toString(), doc.statedAgency());
            }
            problems.add(new ImportProblem(doc.sourceFile(), 1, null, "the document does not name its agency; add a "
                    + "row for '" + doc.sourceFile() + "' to " + ReviewedData.AGENCIES));
            return null;
        }
    }

}
