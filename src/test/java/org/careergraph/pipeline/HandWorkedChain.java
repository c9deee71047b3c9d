package org.careergraph.pipeline;

/**
 * A three-grade ladder worked by hand, shared by the model's unit test and the API test on the seed classes
 * Associate Network Operations Technician (A) → Network Operations Technician (B) → Supervisor (C).
 *
 * <pre>
 * Start n(0) = (100, 50, 10); hires 10 a year into A; promotions A→B 0.2, B→C 0.1; attrition A 0.1, B 0.1, C 0.05.
 *
 *         A     B     C
 * P = A [0.7   0.2   0   ]    each diagonal entry is 1 − moves out − attrition
 *     B [0     0.8   0.1 ]
 *     C [0     0     0.95]
 *
 * n(1) = n(0)·P + h = (100·0.7 + 10, 100·0.2 + 50·0.8, 50·0.1 + 10·0.95) = (80, 60, 14.5)
 * n(2) = (80·0.7 + 10, 80·0.2 + 60·0.8, 60·0.1 + 14.5·0.95)               = (66, 64, 19.775)
 *
 * Reaching C: C and leaving are absorbing, Q = P over {A, B} = [[0.7, 0.2], [0, 0.8]].
 * I − Q = [[0.3, −0.2], [0, 0.2]], upper triangular, so N = (I − Q)⁻¹ = [[1/0.3, 0.2/(0.3·0.2)], [0, 1/0.2]]
 *       = [[10/3, 10/3], [0, 5]]                       (check: (I − Q)·N = [[1, 10/3·0.3 − 0.2·5], [0, 1]] = I)
 * R = shares moving into C in a year = (0, 0.1);  B = N·R = (1/3, 1/2): the probability of ever reaching C.
 *   (from B: each year 0.1 reach C and 0.1 leave, so half do; from A: 2/3 reach B, then half of them.)
 * N·1 = (20/3, 5): expected years until reaching C or leaving.
 * N·B = (10/3·1/3 + 10/3·1/2, 5·1/2) = (25/9, 5/2); expected years to reach C for those who do = (N·B)ᵢ / Bᵢ
 *     = (25/3, 5) = (8.3333, 5): 10/3 years in A (leaving A at 0.3 a year) plus 5 in B (leaving B at 0.2 a year).
 * </pre>
 */
final class HandWorkedChain {

    static final String A = "mshp-associate-network-operations-technician";
    static final String B = "mshp-network-operations-technician";
    static final String C = "mshp-network-operations-supervisor";

    private HandWorkedChain() {
    }
}
