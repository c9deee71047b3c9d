package org.careergraph.pipeline;

import java.util.List;
import java.util.Map;
import org.careergraph.pipeline.ModelGraph.ModelClass;

/**
 * One scenario's inputs to the Markov model, every class named by id.
 *
 * @param headcounts people per class at the start
 * @param attrition  annual share leaving the service, per class
 * @param hires      people hired from outside per year, per class
 */
record Scenario(String name, List<ModelClass> classes, Map<String, Double> headcounts, List<Transition> transitions,
                Map<String, Double> attrition, Map<String, Double> hires) {

    Scenario {
        classes = List.copyOf(classes);
        headcounts = Map.copyOf(headcounts);
        transitions = List.copyOf(transitions);
        attrition = Map.copyOf(attrition);
        hires = Map.copyOf(hires);
    }
}
