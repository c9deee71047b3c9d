package org.careergraph.web;

/**
 * An answer the service remembers and hands out again, the same instance every time,
 * until the graph changes: its JSON is written once ({@link RememberedJsonConverter}).
 */
public interface RememberedAnswer {

}
