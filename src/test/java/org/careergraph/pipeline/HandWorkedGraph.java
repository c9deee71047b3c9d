package org.careergraph.pipeline;

/**
 * A four-class pool worked by hand, with a move out of the pool and a class nobody
 * leaves, shared by the model's unit test and the API test on the seed classes Associate
 * Network Operations Technician (A) → Network Operations Technician (B) → Network
 * Operations Supervisor (C, the target) and Senior Client Support Technician (D, a
 * same-grade move from B); X is Staff IT Network Engineer, a peer of A outside the pool.
 *
 * <pre>
 * Start n(0) = (A 100, B 50, C 10, D 5) = 165 people; hires 10 a year into A.
 * Moves: A→B 0.2, A→X 0.1 (out of the pool), B→C 0.1, B→D 0.1; every other move 0.
 * Attrition: A 0.1, B 0.1, C 0.05, D 0: nobody leaves D.
 *
 *         A     B     C     D        out of the pool   attrition     each diagonal entry is
 * P = A [0.6   0.2   0     0  ]      0.1 (to X)        0.1           1 − moves − outflow − attrition
 *     B [0     0.7   0.1   0.1]      0                 0.1
 *     C [0     0     0.95  0  ]      0                 0.05
 *     D [0     0     0     1  ]      0                 0
 *
 * n(1) = n(0)·P + h = (100·0.6 + 10, 100·0.2 + 50·0.7, 50·0.1 + 10·0.95, 50·0.1 + 5) = (70, 55, 14.5, 10) = 149.5
 *   leavers (100·0.1, 50·0.1, 10·0.05, 0) = (10, 5, 0.5, 0) = 15.5; outflow A→X 100·0.1 = 10; hired 10
 *   149.5 + 15.5 + 10 − 10 = 165
 * n(2) = (70·0.6 + 10, 70·0.2 + 55·0.7, 55·0.1 + 14.5·0.95, 55·0.1 + 10) = (52, 52.5, 19.275, 15.5) = 139.275
 *   leavers (7, 5.5, 0.725, 0) = 13.225; outflow 7; hired 10
 *   139.275 + (15.5 + 13.225) + (10 + 7) − (10 + 10) = 165
 *
 * Reaching C: C, leaving the service and leaving the pool absorb; D keeps everyone for ever (closed).
 * Transient: A, B. Q = [[0.6, 0.2], [0, 0.7]], I − Q = [[0.4, −0.2], [0, 0.3]]
 * N = (I − Q)⁻¹ = [[2.5, 5/3], [0, 10/3]]    (check: (I − Q)·N = [[0.4·2.5, 0.4·5/3 − 0.2·10/3], [0, 0.3·10/3]] = I)
 * R = shares moving into C in a year = (0, 0.1); B = N·R = (1/6, 1/3): the probability of ever reaching C.
 *   (from B each year 0.1 reach C, 0.1 go to D, 0.1 leave: a third reach C; from A, 0.2 of the 0.4 leaving A each
 *   year reach B, then a third of them.)
 * N·B = (2.5·1/6 + 5/3·1/3, 10/3·1/3) = (35/36, 10/9); expected years to reach C for those who do = (N·B)ᵢ / Bᵢ
 *   = (35/6, 10/3) = (5.8333, 3.3333): 2.5 years in A (leaving A at 0.4 a year) plus 10/3 in B (at 0.3 a year).
 * Years until reaching C or leaving: infinite from A and from B, since some reach D and stay (N·1 = (25/6, 10/3)
 *   would be finite and wrong). D: probability 0, no expected years.
 * </pre>
 */
final class HandWorkedGraph {

    static final String A = "mshp-associate-network-operations-technician";
    static final String B = "mshp-network-operations-technician";
    static final String C = "mshp-network-operations-supervisor";
    static final String D = "mshp-senior-client-support-technician";
    static final String X = "city-ohr-staff-it-network-engineer";

    private HandWorkedGraph() {
    }

}
