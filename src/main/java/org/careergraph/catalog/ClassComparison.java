package org.careergraph.catalog;

/** The answer to "what changes if I move from this class to that one?". */
public record ClassComparison(ClassMatch from, ClassMatch to, ClassChanges changes) {
}
