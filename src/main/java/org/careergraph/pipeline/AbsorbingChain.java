package org.careergraph.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * How likely and how soon people reach a target class: the target, leaving the service
 * and leaving the pool are absorbing. A class nobody leaves (no attrition, no move out
 * with a rate above 0, alone or among others alike) is closed: it keeps its people for
 * ever. Q is P over the other, transient classes; N = (I − Q)⁻¹ counts the expected years
 * spent in each; B = N·R is the probability of reaching the target (R: the one-year
 * shares moving into it); N·1 the years until reaching it or leaving, infinite for
 * whoever may end in a closed class; (N·B)ᵢ / Bᵢ the expected years to reach the target
 * for those who do (the chain conditioned on reaching it).
 *
 * @param classes the transient classes: rows and columns of the fundamental matrix, in
 * the model's order
 * @param fundamental N, or null when no class is transient
 * @param reachesTarget per transient class, whether a route with rates above 0 leads to
 * the target
 * @param trapped per class that is closed or may end in one: the closed classes its
 * people may stay in
 */
record AbsorbingChain(List<String> classes, List<String> closed, RealMatrix fundamental, RealVector probability,
        RealVector yearsUntilAbsorbed, RealVector weightedYears, List<Boolean> reachesTarget,
        Map<String, List<String>> trapped) {

    /**
     * @param p the model's P over {@code states}
     * @param lost per class, the annual share leaving the service or the pool
     */
    static AbsorbingChain of(double[][] p, double[] lost, List<String> states, int target) {
        int size = states.size();
        boolean[] exit = new boolean[size];
        boolean[] intoTarget = new boolean[size];
        for (int i = 0; i < size; i++) {
            intoTarget[i] = i != target && p[i][target] > 0;
            exit[i] = i != target && (intoTarget[i] || lost[i] > 0);
        }
        boolean[] open = reaching(p, exit, target);
        boolean[] closedSet = new boolean[size];
        IntStream.range(0, size).forEach(i -> closedSet[i] = i != target && !open[i]);
        boolean[] reachTarget = reaching(p, intoTarget, target);
        boolean[] reachClosed = reaching(p, closedSet, target);
        int[] rows = IntStream.range(0, size).filter(i -> open[i]).toArray();
        Map<String, List<String>> trapped = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            if (i != target && reachClosed[i]) {
                trapped.put(states.get(i),
                        reachable(p, i, target).stream().filter(j -> closedSet[j]).map(states::get).toList());
            }
        }
        List<String> closed = IntStream.range(0, size).filter(i -> closedSet[i]).mapToObj(states::get).toList();
        List<String> classes = IntStream.of(rows).mapToObj(states::get).toList();
        List<Boolean> reaching = IntStream.of(rows).mapToObj(i -> reachTarget[i]).toList();
        if (rows.length == 0) {
            RealVector none = new ArrayRealVector(0);
            return new AbsorbingChain(classes, closed, null, none, none, none, reaching, trapped);
        }
        RealMatrix q = new Array2DRowRealMatrix(rows.length, rows.length);
        RealVector r = new ArrayRealVector(rows.length);
        for (int a = 0; a < rows.length; a++) {
            r.setEntry(a, p[rows[a]][target]);
            for (int b = 0; b < rows.length; b++) {
                q.setEntry(a, b, p[rows[a]][rows[b]]);
            }
        }
        LUDecomposition lu = new LUDecomposition(MatrixUtils.createRealIdentityMatrix(rows.length).subtract(q), 0);
        if (!lu.getSolver().isNonSingular()) {
            throw new IllegalArgumentException("the rates are too close to 0 to tell how long people stay in " + classes
                    + "; give them larger rates or attrition");
        }
        RealMatrix n = lu.getSolver().getInverse();
        RealVector b = n.operate(r);
        return new AbsorbingChain(classes, closed, n, b, n.operate(new ArrayRealVector(rows.length, 1.0)), n.operate(b),
                reaching, trapped);
    }

    /** Probability of ever reaching the target from transient class i. */
    double probability(int i) {
        return reachesTarget.get(i) ? probability.getEntry(i) : 0;
    }

    /**
     * Expected years to reach the target for those from transient class i who do, or null
     * when nobody does.
     */
    Double yearsToReach(int i) {
        return reachesTarget.get(i) ? weightedYears.getEntry(i) / probability.getEntry(i) : null;
    }

    /**
     * Expected years until reaching the target or leaving, or null when infinite (some
     * may stay in a closed class).
     */
    Double yearsInService(int i) {
        return trapped.containsKey(classes.get(i)) ? null : yearsUntilAbsorbed.getEntry(i);
    }

    /**
     * The classes that can reach a class in {@code goal} along moves with rates above 0,
     * never through the target.
     */
    private static boolean[] reaching(double[][] p, boolean[] goal, int target) {
        boolean[] found = goal.clone();
        Deque<Integer> todo = new ArrayDeque<>();
        IntStream.range(0, goal.length).filter(j -> goal[j]).forEach(todo::add);
        while (!todo.isEmpty()) {
            int j = todo.pop();
            for (int i = 0; i < p.length; i++) {
                if (!found[i] && i != target && i != j && p[i][j] > 0) {
                    found[i] = true;
                    todo.add(i);
                }
            }
        }
        return found;
    }

    /**
     * The classes reachable from class {@code from} (itself included) along moves with
     * rates above 0.
     */
    private static List<Integer> reachable(double[][] p, int from, int target) {
        boolean[] seen = new boolean[p.length];
        seen[from] = true;
        Deque<Integer> todo = new ArrayDeque<>(List.of(from));
        List<Integer> found = new ArrayList<>();
        while (!todo.isEmpty()) {
            int i = todo.pop();
            found.add(i);
            for (int j = 0; j < p.length; j++) {
                if (!seen[j] && j != target && p[i][j] > 0) {
                    seen[j] = true;
                    todo.add(j);
                }
            }
        }
        return found.stream().sorted().toList();
    }
}
