package org.careergraph.importer;

import java.util.List;

/**
 * A front end of the import pipeline: what it reads (documents, HR's CSV files) and how
 * it checks and plans it. The pipeline runs the steps in order, refuses the import when a
 * step found any problem, and hands the plan to the one writer.
 *
 * @param <R> what reading yields, e.g. the parsed documents
 */
public interface ImportSource<R> {

    /**
     * Reads every file; each problem found (file, line, column, reason) goes to
     * {@code problems}.
     */
    R read(List<ImportProblem> problems, ImportProgress progress);

    /**
     * Checks what was read against itself and the graph (read in the import's own
     * transaction) and plans the writes; each problem found goes to {@code problems}.
     */
    ImportPlan plan(R read, List<ImportProblem> problems);

}
