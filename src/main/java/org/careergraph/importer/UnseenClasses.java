package org.careergraph.importer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.careergraph.cypher.CypherScripts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Deletes the classes no reader sees: those an import replaced, in the background once
 * readers have switched (a state's worth takes about a quarter of its re-import, and
 * whoever imported need not wait for it), and those a stopped import had staged. Stopped
 * half-way, the next import or start finishes it.
 */
@Component
public class UnseenClasses implements DisposableBean {

    /**
     * Unseen classes deleted per transaction: each takes its relationships and index
     * entries along.
     */
    static final int DISCARD_BATCH = 1_000;

    private static final Logger log = LoggerFactory.getLogger(UnseenClasses.class);

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "import-clean-up");
        thread.setDaemon(true);
        return thread;
    });

    private volatile Future<?> deleting = CompletableFuture.completedFuture(null);

    UnseenClasses(Neo4jClient neo4j, CypherScripts cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    /**
     * Deletes staged and retired classes now, in batches.
     * @return how many nodes it deleted
     */
    long discard() {
        long total = 0;
        long deleted;
        do {
            deleted = neo4j.query(cypher.query("import/discard-staged"))
                .bind(DISCARD_BATCH)
                .to("batch")
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
            total += deleted;
        }
        while (deleted > 0);
        return total;
    }

    /**
     * After an import that stopped: what it staged goes, or the next import or start
     * deletes it.
     */
    void discardQuietly() {
        try {
            discard();
        }
        catch (RuntimeException e) {
            log.warn("Could not delete the staged classes of a stopped import yet; they are invisible and the next "
                    + "import or start deletes them", e);
        }
    }

    /**
     * Deletes the classes an import replaced, and groups left empty, in the background.
     */
    void deleteInBackground(String origin) {
        deleting = background.submit(() -> {
            long started = System.nanoTime();
            try {
                long discarded = discard();
                neo4j.query(cypher.query("import/clear-empty-groups")).run();
                log.debug("{}: deleted the {} classes replaced in {} ms", origin, discarded,
                        (System.nanoTime() - started) / 1_000_000);
            }
            catch (RuntimeException e) {
                log.warn("The import is in place, but deleting the classes it replaced stopped; they are invisible "
                        + "and the next import or start deletes them", e);
            }
        });
    }

    /**
     * Waits until the classes the last import replaced are deleted: the next import
     * waits, and so may anyone who counts what the graph holds.
     */
    public void awaitDeletion() {
        try {
            deleting.get();
        }
        catch (ExecutionException e) {
            // the task logs its own failures
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        background.shutdown();
        if (!background.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("Stopped while deleting the classes an import replaced; the next start deletes the rest");
        }
    }

}
