package org.careergraph.importer;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one import pipeline both front ends run through: read every file, check, collecting
 * every problem with file, line, column and reason, plan (in a transaction, so the checks
 * see one state of the graph), and write with the one writer, which stages the import and
 * switches to it at once. An import with any problem is refused before anything is
 * written; one import runs at a time.
 */
@Service
public class ImportPipeline {

    private static final Logger log = LoggerFactory.getLogger(ImportPipeline.class);

    private final GraphWriter writer;

    private final TransactionTemplate transactions;

    ImportPipeline(GraphWriter writer, PlatformTransactionManager transactions) {
        this.writer = writer;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Runs an import from start to end.
     * @return what was written
     * @throws ImportRefusedException with every problem found, when any was
     * @throws ImportTooLargeException when the database has too little transaction memory
     * for it
     */
    public synchronized <R> ImportPlan run(ImportSource<R> source, ImportProgress progress) {
        List<ImportProblem> problems = new ArrayList<>();
        R read = source.read(problems, progress);
        refuseIf(problems);
        ImportPlan plan = transactions.execute(status -> {
            progress.phase("checking", 0);
            ImportPlan checked = source.plan(read, problems);
            progress.done();
            refuseIf(problems);
            return checked;
        });
        progress.phase("writing", plan.rows());
        try {
            writer.write(plan, progress::advance);
        }
        catch (DataAccessException | TransactionException e) {
            // at a statement or at commit: either way the switch rolled back and readers
            // still see the old graph
            if (outOfTransactionMemory(e)) {
                log.warn("Import refused for want of transaction memory: {}", e.getMostSpecificCause().getMessage());
                throw new ImportTooLargeException(plan.rows(), e);
            }
            throw e;
        }
        progress.done();
        return plan;
    }

    private static void refuseIf(List<ImportProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
    }

    static boolean outOfTransactionMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("memory.transaction")) {
                return true;
            }
        }
        return false;
    }

}
