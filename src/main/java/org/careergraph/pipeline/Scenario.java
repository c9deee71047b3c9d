package org.careergraph.pipeline;

import java.util.List;
import java.util.Map;
import org.careergraph.pipeline.ModelGraph.ModelClass;

/**
 * One scenario's inputs to the Markov model, every class named by id.
 *
 * @param classes the modelled pool
 * @param headcounts people per class at the start
 * @param transitions annual shares along every move out of a pool class, including those
 * leaving the pool
 * @param attrition annual share leaving the service, per class
 * @param hires people hired from outside per year, per class
 * @param outside titles of the classes outside the pool that moves lead to, by id
 */
record Scenario(String name, List<ModelClass> classes, Map<String, Double> headcounts, List<Transition> transitions,
        Map<String, Double> attrition, Map<String, Double> hires, Map<String, String> outside) {

    Scenario {
        classes = List.copyOf(classes);
        headcounts = Map.copyOf(headcounts);
        transitions = List.copyOf(transitions);
        attrition = Map.copyOf(attrition);
        hires = Map.copyOf(hires);
        outside = Map.copyOf(outside);
    }
}
