package org.careergraph.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * The Markov manpower model: a row-stochastic matrix P over the classes (plus leaving the service), projected as
 * n(t+1) = n(t)·P + hires, and the absorbing chain that answers how likely and how soon people reach a class.
 */
final class ManpowerModel {

    private static final double TOLERANCE = 1e-9;

    private final List<String> states;
    private final Map<String, Integer> index = new HashMap<>();
    private final RealMatrix p;
    private final RealVector hires;

    /** P(i, j): the share of class i in class j a year later; whatever a row lacks of 1 leaves the service. */
    ManpowerModel(Scenario scenario) {
        states = scenario.classes().stream().map(ModelGraph.ModelClass::id).toList();
        states.forEach(id -> index.put(id, index.size()));
        p = new Array2DRowRealMatrix(states.size(), states.size());
        scenario.transitions().forEach(t -> p.addToEntry(index.get(t.from()), index.get(t.to()), t.rate()));
        hires = new ArrayRealVector(states.stream().mapToDouble(id -> scenario.hires().getOrDefault(id, 0.0)).toArray());
        for (int i = 0; i < states.size(); i++) {
            double out = Arrays.stream(p.getRow(i)).sum();
            double leave = scenario.attrition().getOrDefault(states.get(i), 0.0);
            if (out + leave > 1 + TOLERANCE) {
                throw new IllegalArgumentException("the rates out of '" + states.get(i) + "' (" + round(out)
                        + ") and its attrition (" + round(leave) + ") add up to more than everyone; lower them");
            }
            p.setEntry(i, i, Math.max(0, 1 - out - leave));
        }
    }

    List<String> states() {
        return states;
    }

    RealMatrix transitions() {
        return p.copy();
    }

    /** Headcount per class for year 0 (the start) to {@code years}. */
    List<RealVector> project(Map<String, Double> start, int years) {
        List<RealVector> path = new ArrayList<>();
        path.add(new ArrayRealVector(states.stream().mapToDouble(id -> start.getOrDefault(id, 0.0)).toArray()));
        for (int year = 1; year <= years; year++) {
            path.add(p.preMultiply(path.get(year - 1)).add(hires));
        }
        return path;
    }

    /**
     * The target and leaving the service made absorbing; Q is P over the other classes that ever leave their class.
     * N = (I − Q)⁻¹ counts the expected years spent in each class; B = N·R is the probability of reaching the target
     * (R: the one-year shares moving into it); N·1 the years until either; (N·B)ᵢ / Bᵢ the expected years to reach
     * the target for those who do (the chain conditioned on reaching it).
     *
     * @return the chain, or null when no class but the target ever moves
     */
    AbsorbingChain reach(String target) {
        int t = index.get(target);
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            if (i != t && p.getEntry(i, i) < 1 - TOLERANCE) {
                open.add(i);
            }
        }
        int[] rows = open.stream().mapToInt(Integer::intValue).toArray();
        if (rows.length == 0) {
            return null;
        }
        RealMatrix q = p.getSubMatrix(rows, rows);
        RealMatrix iMinusQ = MatrixUtils.createRealIdentityMatrix(rows.length).subtract(q);
        LUDecomposition lu = new LUDecomposition(iMinusQ);
        if (!lu.getSolver().isNonSingular()) {
            throw new IllegalArgumentException("some classes pass people only among themselves and never leave or reach '"
                    + target + "'; give them attrition above 0");
        }
        RealMatrix n = lu.getSolver().getInverse();
        RealVector r = new ArrayRealVector(open.stream().mapToDouble(i -> p.getEntry(i, t)).toArray());
        RealVector b = n.operate(r);
        RealVector years = n.operate(new ArrayRealVector(rows.length, 1.0));
        RealVector weighted = n.operate(b);
        return new AbsorbingChain(open.stream().map(states::get).toList(), n, b, years, weighted);
    }

    /** The fundamental matrix and what follows from it, over {@code classes} in this order. */
    record AbsorbingChain(List<String> classes, RealMatrix fundamental, RealVector probability,
                          RealVector yearsInService, RealVector weightedYears) {

        /** Expected years to reach the target for those who do, or null when nobody from class i does. */
        Double yearsToReach(int i) {
            return probability.getEntry(i) <= TOLERANCE ? null : weightedYears.getEntry(i) / probability.getEntry(i);
        }
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
