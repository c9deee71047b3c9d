package org.careergraph.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.careergraph.pipeline.ModelGraph.ModelClass;
import org.careergraph.pipeline.ModelGraph.ModelMove;
import org.careergraph.pipeline.ProjectionRequest.Rate;
import org.careergraph.pipeline.ProjectionRequest.WhatIf;
import org.careergraph.vocabulary.MoveType;

/**
 * Builds the model's inputs: the baseline from the graph and the request (a rate from the
 * request, else from the recorded history, else the configured default), and a what-if
 * from the baseline. Works on class ids only.
 */
final class Scenarios {

    private Scenarios() {
    }

    static Scenario baseline(ModelGraph graph, ProjectionRequest request, PipelineProperties defaults,
            List<String> warnings) {
        Map<String, ModelClass> classes = new LinkedHashMap<>();
        graph.classes().forEach(c -> classes.put(c.id(), c));
        List<Transition> transitions = transitions(graph, classes, request, defaults);
        Map<String, String> outside = new TreeMap<>();
        graph.moves().stream().filter(m -> !m.withinPool()).forEach(m -> outside.put(m.to(), m.toTitle()));
        List<String> entered = graph.enteredFrom();
        if (!entered.isEmpty()) {
            warnings.add("People moving into the pool from outside it are not projected (" + entered.size()
                    + (entered.size() == 1 ? " class: " : " classes: ")
                    + String.join(", ", entered.subList(0, Math.min(5, entered.size())))
                    + (entered.size() > 5 ? ", …" : "") + "): add those classes to "
                    + "'classes', or count the people as 'hires'.");
        }
        requireClasses(classes.keySet(), request.headcounts().keySet(), "headcounts");
        requireClasses(classes.keySet(), request.attrition().keySet(), "attrition");
        requireClasses(classes.keySet(), request.hires().keySet(), "hires");
        Map<String, Double> attrition = new HashMap<>();
        classes.keySet()
            .forEach(id -> attrition.put(id, request.attrition().getOrDefault(id, defaults.defaultAttrition())));
        return new Scenario("baseline", List.copyOf(classes.values()), headcounts(classes.values(), request, warnings),
                transitions, attrition, Map.copyOf(request.hires()), outside);
    }

    /**
     * One transition per pair of classes (a promotion rather than a lateral move between
     * the same two), moves out of the pool included, its rate from the request, else the
     * recorded history, else the configured default.
     */
    private static List<Transition> transitions(ModelGraph graph, Map<String, ModelClass> classes,
            ProjectionRequest request, PipelineProperties defaults) {
        Map<String, ModelMove> moves = new LinkedHashMap<>();
        graph.moves()
            .forEach(m -> moves.merge(m.from() + ">" + m.to(), m,
                    (a, b) -> MoveType.valueOf(a.type()).compareTo(MoveType.valueOf(b.type())) <= 0 ? a : b));
        Map<String, Double> asked = new HashMap<>();
        for (Rate rate : request.rates()) {
            requireMove(moves.keySet(), rate.from(), rate.to());
            asked.put(rate.from() + ">" + rate.to(), rate.rate());
        }
        List<Transition> transitions = new ArrayList<>();
        for (var entry : moves.entrySet()) {
            ModelMove m = entry.getValue();
            ModelClass from = classes.get(m.from());
            if (asked.containsKey(entry.getKey())) {
                transitions.add(new Transition(m.from(), m.to(), m.type(), asked.get(entry.getKey()),
                        Transition.REQUEST, !m.withinPool()));
            }
            else if (from.hasHistory() && graph.yearsRecorded() > 0 && from.incumbents() != null
                    && from.incumbents() > 0) {
                transitions.add(new Transition(m.from(), m.to(), m.type(),
                        (double) m.moved() / graph.yearsRecorded() / from.incumbents(), Transition.HISTORY,
                        !m.withinPool()));
            }
            else {
                transitions.add(new Transition(m.from(), m.to(), m.type(),
                        defaults.defaultRate(MoveType.valueOf(m.type())), Transition.DEFAULT, !m.withinPool()));
            }
        }
        return transitions;
    }

    /**
     * People per class at the start: the request's, else the stored incumbents, else 0
     * with a warning.
     */
    private static Map<String, Double> headcounts(Collection<ModelClass> classes, ProjectionRequest request,
            List<String> warnings) {
        Map<String, Double> headcounts = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        classes.forEach(c -> {
            Integer given = request.headcounts().getOrDefault(c.id(), c.incumbents());
            headcounts.put(c.id(), given == null ? 0.0 : given);
            if (given == null) {
                unknown.add(c.id());
            }
        });
        if (!unknown.isEmpty()) {
            warnings.add("No headcount for " + String.join(", ", unknown) + ": projected from 0 people. Load "
                    + "headcounts.csv or give 'headcounts' in the request.");
        }
        return headcounts;
    }

    static Scenario whatIf(Scenario baseline, WhatIf changes) {
        Set<String> ids = baseline.classes().stream().map(ModelClass::id).collect(Collectors.toSet());
        requireClasses(ids, changes.removeClasses(), "removeClasses");
        Set<String> gone = Set.copyOf(changes.removeClasses());
        Set<String> pairs = baseline.transitions()
            .stream()
            .map(t -> t.from() + ">" + t.to())
            .collect(Collectors.toSet());
        changes.removeMoves().forEach(m -> requireMove(pairs, m.from(), m.to()));
        changes.rates().forEach(r -> requireMove(pairs, r.from(), r.to()));
        Set<String> removed = changes.removeMoves()
            .stream()
            .map(m -> m.from() + ">" + m.to())
            .collect(Collectors.toSet());
        Map<String, Double> rates = changes.rates()
            .stream()
            .collect(Collectors.toMap(r -> r.from() + ">" + r.to(), Rate::rate, (a, b) -> b));
        List<Transition> transitions = baseline.transitions()
            .stream()
            .filter(t -> !gone.contains(t.from()) && !gone.contains(t.to())
                    && !removed.contains(t.from() + ">" + t.to()))
            .map(t -> rates.containsKey(t.from() + ">" + t.to())
                    ? t.withRate(rates.get(t.from() + ">" + t.to()), Transition.WHAT_IF) : t)
            .toList();
        requireClasses(ids, changes.attrition().keySet(), "whatIf.attrition");
        requireClasses(ids, changes.hires().keySet(), "whatIf.hires");
        Map<String, Double> attrition = new HashMap<>(baseline.attrition());
        attrition.putAll(changes.attrition());
        Map<String, Double> hires = new HashMap<>(baseline.hires());
        hires.putAll(changes.hires());
        gone.forEach(id -> {
            attrition.remove(id);
            hires.remove(id);
        });
        Map<String, Double> headcounts = new HashMap<>(baseline.headcounts());
        headcounts.keySet().removeAll(gone);
        return new Scenario(changes.name(), baseline.classes().stream().filter(c -> !gone.contains(c.id())).toList(),
                headcounts, transitions, attrition, hires, baseline.outside());
    }

    private static void requireMove(Set<String> pairs, String from, String to) {
        if (!pairs.contains(from + ">" + to)) {
            throw new IllegalArgumentException(
                    "there is no move from '" + from + "' to '" + to + "' among the classes of the projection");
        }
    }

    private static void requireClasses(Set<String> known, Collection<String> named, String field) {
        named.stream().filter(id -> !known.contains(id)).findFirst().ifPresent(id -> {
            throw new IllegalArgumentException("'" + field + "' names '" + id + "', which is not among the classes of "
                    + "the projection; add it to 'classes' or choose another target");
        });
    }

}
