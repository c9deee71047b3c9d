package org.careergraph.importer;

import java.util.Comparator;
import java.util.List;
import org.careergraph.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * An import refused before it wrote anything, with every problem found, each with file,
 * line and column: the one answer both front ends (documents and HR's files) give, on the
 * API and the command line alike.
 */
public class ImportRefusedException extends ProblemException {

    /** Problems listed in an answer; the count tells how many there were in all. */
    static final int LISTED = 100;

    private final transient List<ImportProblem> problems;

    ImportRefusedException(List<ImportProblem> problems) {
        this(sorted(problems), true);
    }

    private ImportRefusedException(List<ImportProblem> problems, boolean sorted) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "Import refused", "import-refused",
                "Import refused, nothing was " + "changed: " + problems.size()
                        + (problems.size() == 1 ? " problem" : " problems") + " found. First: " + problems.get(0));
        this.problems = problems;
        property("errorCount", errorCount());
        property("errors", errors());
    }

    private static List<ImportProblem> sorted(List<ImportProblem> problems) {
        return problems.stream()
            .sorted(Comparator.comparing(ImportProblem::file).thenComparingInt(ImportProblem::line))
            .toList();
    }

    /** The first {@value #LISTED} problems, in file and line order. */
    public List<ImportProblem> errors() {
        return problems.subList(0, Math.min(LISTED, problems.size()));
    }

    public int errorCount() {
        return problems.size();
    }

    /** The file of the first problem. */
    public String file() {
        return problems.get(0).file();
    }

    public int line() {
        return problems.get(0).line();
    }

    public String reason() {
        return problems.get(0).reason();
    }

}
