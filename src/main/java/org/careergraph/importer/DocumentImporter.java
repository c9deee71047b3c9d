package org.careergraph.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careergraph.vocabulary.MoveType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports a folder of class-specification documents: everything is read and checked first, then written
 * in one transaction, so a document that fails changes nothing. Running it twice changes nothing more.
 */
@Service
public class DocumentImporter {

    static final String ORIGIN = "documents";
    private static final Logger log = LoggerFactory.getLogger(DocumentImporter.class);

    private final GraphWriter writer;
    private final SeedProperties properties;

    DocumentImporter(GraphWriter writer, SeedProperties properties) {
        this.writer = writer;
        this.properties = properties;
    }

    /** Imports the configured seed folder. */
    public ImportReport importSeeds() {
        return importFiles(SeedFiles.read(properties.location()));
    }

    synchronized ImportReport importFiles(SeedFiles files) {
        long started = System.nanoTime();
        GraphPlan plan = plan(files);
        writer.replace(ORIGIN, plan);
        ImportReport report = new ImportReport(files.origin(), files.documents().size(), plan.classes().size(),
                plan.count(MoveType.PROMOTES_TO), plan.count(MoveType.SAME_GRADE), plan.count(MoveType.PEER_OF),
                (System.nanoTime() - started) / 1_000_000);
        log.info("Imported {} documents from {}: {} classes, {} promotions, {} same-grade and {} peer moves in {} ms",
                report.documents(), report.source(), report.classes(), report.promotions(), report.sameGrade(),
                report.peers(), report.millis());
        return report;
    }

    static GraphPlan plan(SeedFiles files) {
        try {
            if (files.documents().isEmpty()) {
                throw new SpecParseException(files.origin(), 1, "no class-specification documents (*.txt) found");
            }
            List<ParsedDocument> documents = new ArrayList<>();
            for (Map.Entry<String, String> document : files.documents().entrySet()) {
                documents.add(SpecDocumentParser.parse(document.getKey(), document.getValue()));
            }
            ReviewedData reviewed = ReviewedData.parse(files.reviewed().get(ReviewedData.AGENCIES),
                    files.reviewed().get(ReviewedData.BRIDGES), files.reviewed().get(ReviewedData.FUNCTIONS));
            return GraphPlanner.plan(documents, reviewed);
        } catch (SpecParseException e) {
            throw new ImportFailedException(e);
        }
    }
}
