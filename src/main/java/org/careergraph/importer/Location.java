package org.careergraph.importer;

/**
 * Where a row or a class was read: a file and a 1-based line in it, for the problems
 * found there.
 */
public record Location(String file, int line) {

    public ImportProblem problem(String column, String reason) {
        return new ImportProblem(file, line, column, reason);
    }
}
