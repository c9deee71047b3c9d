package org.careergraph.pipeline;

/** A class as pipeline answers name it. */
record ClassRef(String id, String title, String agency, int level) {
}
