package org.careergraph.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * The Markov manpower model: a matrix P over the modelled pool, projected as n(t+1) =
 * n(t)·P + hires, and the absorbing chain that answers how likely and how soon people
 * reach a class. Each year everyone in a class stays, moves to a pool class, moves out of
 * the pool (an outflow) or leaves the service (attrition).
 */
final class ManpowerModel {

    private static final double TOLERANCE = 1e-9;

    private final List<String> states;

    private final Map<String, Integer> index = new HashMap<>();

    private final double[][] p;

    private final double[] hires;

    private final double[] lost;

    /**
     * P(i, j): the share of class i in pool class j a year later; what a row lacks of 1
     * left the pool or the service.
     */
    ManpowerModel(Scenario scenario) {
        states = scenario.classes().stream().map(ModelGraph.ModelClass::id).toList();
        states.forEach(id -> index.put(id, index.size()));
        p = new double[states.size()][states.size()];
        double[] outflow = new double[states.size()];
        for (Transition t : scenario.transitions()) {
            int from = index.get(t.from());
            Integer to = index.get(t.to());
            if (to == null) {
                outflow[from] += t.rate();
            }
            else {
                p[from][to] += t.rate();
            }
        }
        hires = states.stream().mapToDouble(id -> scenario.hires().getOrDefault(id, 0.0)).toArray();
        lost = new double[states.size()];
        for (int i = 0; i < states.size(); i++) {
            double moves = Arrays.stream(p[i]).sum() + outflow[i];
            double leave = scenario.attrition().getOrDefault(states.get(i), 0.0);
            if (moves + leave > 1 + TOLERANCE) {
                throw new IllegalArgumentException("the rates out of '" + states.get(i) + "' (" + display(moves)
                        + (outflow[i] > 0 ? ", of which " + display(outflow[i]) + " out of the pool" : "")
                        + ") and its attrition (" + display(leave) + ") add up to more than everyone; lower them");
            }
            p[i][i] = Math.max(0, 1 - moves - leave);
            lost[i] = outflow[i] + leave;
        }
    }

    List<String> states() {
        return states;
    }

    /** A copy of P. */
    RealMatrix transitions() {
        return new Array2DRowRealMatrix(p);
    }

    /** Headcount per class for year 0 (the start) to {@code years}. */
    List<RealVector> project(Map<String, Double> start, int years) {
        List<RealVector> path = new ArrayList<>();
        path.add(new ArrayRealVector(states.stream().mapToDouble(id -> start.getOrDefault(id, 0.0)).toArray()));
        for (int year = 1; year <= years; year++) {
            RealVector last = path.get(year - 1);
            RealVector next = new ArrayRealVector(states.size());
            for (int j = 0; j < states.size(); j++) {
                double people = 0;
                for (int i = 0; i < states.size(); i++) {
                    people += last.getEntry(i) * p[i][j];
                }
                next.setEntry(j, people + hires[j]);
            }
            path.add(next);
        }
        return path;
    }

    /** The absorbing chain towards {@code target}; see {@link AbsorbingChain}. */
    AbsorbingChain reach(String target) {
        return AbsorbingChain.of(p, lost, states, index.get(target));
    }

    /** Rounded for messages only; answers carry full precision. */
    static double display(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

}
