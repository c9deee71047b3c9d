package org.careergraph.hr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.careergraph.importer.GraphWriter;
import org.careergraph.observed.DeFactoMoves;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports HR's own CSV files into the same graph the documents build: every file is read and checked against
 * the others and the graph first, then everything is written in one transaction, so a file with any problem
 * changes nothing. A file not given keeps what the graph holds; importing the same files again changes nothing.
 */
@Service
class HrImporter {

    /** The origin of everything HR's files write; a re-import replaces exactly that. */
    static final String ORIGIN = "hr";
    private static final Logger log = LoggerFactory.getLogger(HrImporter.class);

    private final HrGraph graph;
    private final GraphWriter structure;
    private final HrWriter writer;
    private final DeFactoMoves deFacto;

    HrImporter(HrGraph graph, GraphWriter structure, HrWriter writer, DeFactoMoves deFacto) {
        this.graph = graph;
        this.structure = structure;
        this.writer = writer;
        this.deFacto = deFacto;
    }

    @Transactional
    public synchronized HrImportReport importFiles(List<HrUpload> files, ImportProgress progress) {
        long started = System.nanoTime();
        Map<HrFile, HrUpload> byKind = new EnumMap<>(HrFile.class);
        for (HrUpload file : files) {
            if (byKind.put(file.kind(), file) != null) {
                throw new IllegalArgumentException("two files for " + file.kind().fileName() + "; send each file once");
            }
        }
        if (byKind.isEmpty()) {
            throw new IllegalArgumentException("no file given; send any of classes.csv, moves.csv, headcounts.csv and history.csv");
        }
        List<HrFileError> errors = new ArrayList<>();
        HrTables given = HrTables.parse(byKind, errors, progress);
        progress.phase("checking", 0);
        HrTables current = graph.tables();
        HrPlan plan = errors.isEmpty() ? HrChecks.check(given.orElse(current), HrGraph.snapshot(current), errors) : null;
        progress.done();
        if (plan == null) {
            errors.sort(Comparator.comparing(HrFileError::file).thenComparingInt(HrFileError::line));
            throw new HrImportRefusedException(errors);
        }
        long structureRows = given.structureGiven() ? plan.structure().classes().size() + plan.structure().moves().size() : 0;
        long headcountRows = given.headcounts() == null ? 0 : plan.headcounts().size();
        long rows = structureRows + headcountRows + (given.history() == null ? 0 : plan.history().size());
        progress.phase("writing", rows);
        try {
            if (given.structureGiven()) {
                structure.replace(ORIGIN, plan.structure(), progress::advance);
            }
            if (given.headcounts() != null) {
                writer.replaceHeadcounts(plan.headcounts(), done -> progress.advance(structureRows + done));
            }
            if (given.history() != null) {
                writer.replaceHistory(plan.history(), done -> progress.advance(structureRows + headcountRows + done));
            }
            if (given.history() != null || given.structureGiven()) {
                deFacto.refresh();
            }
        } catch (TransientDataAccessResourceException e) {
            if (String.valueOf(e.getMessage()).contains("dbms.memory.transaction")) {
                throw new HrImportTooLargeException(rows, e);
            }
            throw e;
        }
        progress.done();
        HrImportReport report = new HrImportReport(given.given(), plan.structure().classes().size(),
                plan.structure().moves().size(), plan.headcounts().size(), plan.history().size(), plan.observedOnly(),
                plan.skippedClasses() + plan.skippedMoves(),
                (System.nanoTime() - started) / 1_000_000);
        log.info("Imported HR files {}: {} classes, {} moves, {} headcounts, {} recorded moves in {} ms", report.files(),
                report.classes(), report.moves(), report.headcounts(), report.history(), report.millis());
        return report;
    }

    /** Sets one class's headcount, e.g. as HR edits it through the API. */
    @Transactional
    public synchronized void setHeadcount(HeadcountRow headcount) {
        writer.setHeadcount(headcount);
    }
}
