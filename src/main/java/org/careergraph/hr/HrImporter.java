package org.careergraph.hr;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.careergraph.importer.GraphWriter;
import org.careergraph.importer.ImportPipeline;
import org.careergraph.importer.ImportPlan;
import org.careergraph.importer.ImportProblem;
import org.careergraph.importer.ImportProgress;
import org.careergraph.importer.ImportSource;
import org.careergraph.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's front end of the import pipeline: imports HR's own CSV files into the same graph
 * the documents build. Every file is read and checked against the others and the graph
 * first, so a file with any problem changes nothing. A file not given keeps what the
 * graph holds; importing the same files again changes nothing.
 */
@Service
class HrImporter {

    /** The origin of everything HR's files write; a re-import replaces exactly that. */
    static final String ORIGIN = "hr";

    private static final Logger log = LoggerFactory.getLogger(HrImporter.class);

    private final ImportPipeline pipeline;

    private final HrGraph graph;

    private final GraphWriter writer;

    HrImporter(ImportPipeline pipeline, HrGraph graph, GraphWriter writer) {
        this.pipeline = pipeline;
        this.graph = graph;
        this.writer = writer;
    }

    HrImportReport importFiles(List<HrUpload> files, ImportProgress progress) {
        long started = System.nanoTime();
        Map<HrFile, HrUpload> byKind = new EnumMap<>(HrFile.class);
        for (HrUpload file : files) {
            if (byKind.put(file.kind(), file) != null) {
                throw ProblemException.badRequest("two files for " + file.kind().fileName() + "; send each file once");
            }
        }
        if (byKind.isEmpty()) {
            throw ProblemException
                .badRequest("no file given; send any of classes.csv, moves.csv, headcounts.csv and " + "history.csv");
        }
        HrFiles source = new HrFiles(byKind, graph);
        pipeline.run(source, progress);
        HrPlan plan = source.checked;
        HrImportReport report = new HrImportReport(source.given.given(), plan.structure().classes().size(),
                plan.structure().moves().size(), plan.headcounts().size(), plan.history().size(), plan.observedOnly(),
                plan.skippedClasses() + plan.skippedMoves(), (System.nanoTime() - started) / 1_000_000);
        log.info("Imported HR files {}: {} classes, {} moves, {} headcounts, {} recorded moves in {} ms",
                report.files(), report.classes(), report.moves(), report.headcounts(), report.history(),
                report.millis());
        return report;
    }

    /** Sets one class's headcount, e.g. as HR edits it through the API. */
    @Transactional
    public void setHeadcount(HeadcountRow headcount) {
        writer.setHeadcount(headcount.planned());
    }

    /**
     * HR's files through the pipeline: read as tables, checked with the graph's tables
     * for those not given.
     */
    private static final class HrFiles implements ImportSource<HrTables> {

        private final Map<HrFile, HrUpload> files;

        private final HrGraph graph;

        private HrTables given;

        private HrPlan checked;

        HrFiles(Map<HrFile, HrUpload> files, HrGraph graph) {
            this.files = files;
            this.graph = graph;
        }

        @Override
        public HrTables read(List<ImportProblem> problems, ImportProgress progress) {
            given = HrTables.parse(files, problems, progress);
            return given;
        }

        @Override
        public ImportPlan plan(HrTables read, List<ImportProblem> problems) {
            HrTables current = graph.tables();
            checked = HrChecks.check(read.orElse(current), HrGraph.snapshot(current), problems);
            if (checked == null) {
                return null;
            }
            return new ImportPlan(ORIGIN, read.structureGiven() ? checked.structure() : null,
                    read.headcounts() == null ? null
                            : checked.headcounts().stream().map(HeadcountRow::planned).toList(),
                    read.history() == null ? null : checked.history().stream().map(HistoryRow::planned).toList());
        }

    }

}
