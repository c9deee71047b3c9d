package org.careergraph.vocabulary;

/** Where a fact comes from: a document or reviewed file, and a line in it. */
public record Provenance(String file, Integer line) {
}
