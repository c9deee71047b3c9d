package org.careergraph.hr;

import java.util.List;

/** An HR import refused before it wrote anything, with every reason found, each with file, line and column. */
public class HrImportRefusedException extends RuntimeException {

    /** Reasons listed in an answer; the count tells how many there were in all. */
    static final int LISTED = 100;

    private final transient List<HrFileError> errors;

    HrImportRefusedException(List<HrFileError> errors) {
        super("Import refused, nothing was changed: " + errors.size() + (errors.size() == 1 ? " problem" : " problems")
                + " found. First: " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    /** The first {@value #LISTED} reasons, in file and line order. */
    public List<HrFileError> errors() {
        return errors.subList(0, Math.min(LISTED, errors.size()));
    }

    public int errorCount() {
        return errors.size();
    }
}
