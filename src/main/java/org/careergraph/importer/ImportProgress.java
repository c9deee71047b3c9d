package org.careergraph.importer;

/** Hears how far an HR import has got, phase by phase, e.g. to draw a progress bar. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
    };

    /**
     * A new phase begins; {@code total} is its amount of work in any unit, 0 when
     * unknown.
     */
    default void phase(String name, long total) {
    }

    /** {@code done} units of the current phase's total are finished. */
    default void advance(long done) {
    }

    default void done() {
    }

}
