package org.careergraph.importer;

import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one import pipeline both front ends run through: read every file, check, collecting every problem with
 * file, line, column and reason, plan, and write with the one writer. An import with any problem is refused
 * before anything is written; one import runs at a time.
 */
@Service
public class ImportPipeline {

    private final GraphWriter writer;
    private final TransactionTemplate transactions;

    ImportPipeline(GraphWriter writer, PlatformTransactionManager transactions) {
        this.writer = writer;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Runs an import from start to end.
     *
     * @return what was written
     * @throws ImportRefusedException  with every problem found, when any was
     * @throws ImportTooLargeException when the database has too little transaction memory for it
     */
    public synchronized <R> ImportPlan run(ImportSource<R> source, ImportProgress progress) {
        List<ImportProblem> problems = new ArrayList<>();
        R read = source.read(problems, progress);
        refuseIf(problems);
        long[] rows = {0};
        try {
            return transactions.execute(status -> {
                progress.phase("checking", 0);
                ImportPlan plan = source.plan(read, problems);
                progress.done();
                refuseIf(problems);
                rows[0] = plan.rows();
                progress.phase("writing", rows[0]);
                writer.write(plan, progress::advance);
                progress.done();
                return plan;
            });
        } catch (DataAccessException | TransactionException e) {
            // at a statement or at commit: either way the transaction rolled back and nothing was written
            if (outOfTransactionMemory(e)) {
                throw new ImportTooLargeException(rows[0], e);
            }
            throw e;
        }
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
