package org.careergraph.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careergraph.vocabulary.MoveType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The documents' front end of the import pipeline: imports a folder of
 * class-specification documents and the reviewed files beside them. Everything is read
 * and checked first, so a folder with any problem changes nothing; running it twice
 * changes nothing more.
 */
@Service
class DocumentImporter {

    static final String ORIGIN = "documents";

    private static final Logger log = LoggerFactory.getLogger(DocumentImporter.class);

    private final ImportPipeline pipeline;

    private final SeedProperties properties;

    DocumentImporter(ImportPipeline pipeline, SeedProperties properties) {
        this.pipeline = pipeline;
        this.properties = properties;
    }

    /** Imports the configured seed folder. */
    public ImportReport importSeeds() {
        return importFiles(SeedFiles.read(properties.location()));
    }

    ImportReport importFiles(SeedFiles files) {
        long started = System.nanoTime();
        GraphPlan plan = pipeline.run(new Documents(files), ImportProgress.NONE).structure();
        ImportReport report = new ImportReport(files.origin(), files.documents().size(), plan.classes().size(),
                plan.count(MoveType.PROMOTES_TO), plan.count(MoveType.SAME_GRADE), plan.count(MoveType.PEER_OF),
                (System.nanoTime() - started) / 1_000_000);
        log.info("Imported {} documents from {}: {} classes, {} promotions, {} same-grade and {} peer moves in {} ms",
                report.documents(), report.source(), report.classes(), report.promotions(), report.sameGrade(),
                report.peers(), report.millis());
        return report;
    }

    /**
     * The documents and reviewed files as read: every document that could be parsed, and
     * the reviewed data.
     */
    record Read(List<ParsedDocument> documents, ReviewedData reviewed) {
    }

    /**
     * Reads the documents (a document that cannot be parsed is one problem) and plans
     * their graph.
     */
    record Documents(SeedFiles files) implements ImportSource<Read> {

        @Override
        public Read read(List<ImportProblem> problems, ImportProgress progress) {
            if (files.documents().isEmpty()) {
                problems
                    .add(new ImportProblem(files.origin(), 1, null, "no class-specification documents (*.txt) found"));
            }
            List<ParsedDocument> documents = new ArrayList<>();
            for (Map.Entry<String, String> document : files.documents().entrySet()) {
                try {
                    documents.add(SpecDocumentParser.parse(document.getKey(), document.getValue()));
                }
                catch (SpecParseException e) {
                    problems.add(new ImportProblem(e.file(), e.line(), null, e.reason()));
                }
            }
            ReviewedData reviewed = ReviewedData.parse(files.reviewed().get(ReviewedData.AGENCIES),
                    files.reviewed().get(ReviewedData.BRIDGES), files.reviewed().get(ReviewedData.FUNCTIONS), problems);
            return new Read(documents, reviewed);
        }

        @Override
        public ImportPlan plan(Read read, List<ImportProblem> problems) {
            GraphPlan plan = GraphPlanner.plan(read.documents(), read.reviewed(), problems);
            return new ImportPlan(ORIGIN, plan, null, null);
        }
    }

}
