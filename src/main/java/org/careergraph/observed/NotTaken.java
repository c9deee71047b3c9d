package org.careergraph.observed;

import org.careergraph.observed.ObservedMove.ClassEnd;

/**
 * A documented or reviewed move out of a class people left in the period, that none of
 * them made.
 */
public record NotTaken(ClassEnd from, ClassEnd to, String type, String basis, String origin) {
}
