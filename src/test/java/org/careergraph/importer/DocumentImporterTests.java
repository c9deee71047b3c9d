package org.careergraph.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.careergraph.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careergraph.GraphApiTest;
import org.careergraph.GraphFingerprint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.neo4j.core.Neo4jClient;

@GraphApiTest
class DocumentImporterTests {

    @Autowired
    DocumentImporter importer;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    UnseenClasses unseen;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ImportPipeline pipeline;

    List<String> fingerprint() {
        return GraphFingerprint.of(neo4j, unseen);
    }

    long count(String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    SeedFiles seedsWith(String file, String text) {
        SeedFiles seeds = SeedFiles.read("seeds");
        Map<String, String> documents = new LinkedHashMap<>(seeds.documents());
        Map<String, String> reviewed = new LinkedHashMap<>(seeds.reviewed());
        (file.endsWith(".csv") ? reviewed : documents).put(file, text);
        return new SeedFiles("test seeds", documents, reviewed);
    }

    @Test
    void loadsEveryClassOfTheSeedsOnFirstStart() {
        assertThat(count("MATCH (c:JobClass) RETURN count(c)")).isEqualTo(23);
        assertThat(count("MATCH (a:Agency) RETURN count(a)")).isEqualTo(3);
        assertThat(count("MATCH (t:Track) RETURN count(t)")).isEqualTo(2);
        assertThat(count("MATCH (c:JobClass) WHERE c.sourceFile IS NULL OR c.sourceLine IS NULL RETURN count(c)"))
            .isZero();
        assertThat(count("MATCH ()-[r:PROMOTES_TO|SAME_GRADE|PEER_OF]->() WHERE r.basis IS NULL RETURN count(r)"))
            .isZero();
        assertThat(count("MATCH (c:JobClass) WHERE NOT (c)-[:TRACK]->(:Track) RETURN count(c)")).isZero();
        assertThat(count("MATCH (:JobClass {id: 'mshp-client-support-professional'})-[:TRACK]->(t) RETURN count(t)"))
            .isEqualTo(2);
    }

    @Test
    void importingTwiceChangesNothing() {
        List<String> before = fingerprint();

        importer.importSeeds();
        importer.importSeeds();

        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aDocumentThatFailsChangesNothingAndSaysWhere() {
        List<String> before = fingerprint();
        String support = SeedDocuments.text(SeedDocuments.TECHNICAL_SUPPORT);
        int manager = support.indexOf("Client Support Manager\n");
        String broken = support.substring(0, manager)
                + support.substring(manager).replaceFirst("Minimum Requirements", "Notes");

        assertThatThrownBy(() -> importer.importFiles(seedsWith(SeedDocuments.TECHNICAL_SUPPORT, broken)))
            .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                assertThat(e.file()).isEqualTo(SeedDocuments.TECHNICAL_SUPPORT);
                assertThat(e.line()).isEqualTo(71);
                assertThat(e.reason()).contains("'Client Support Manager' has no 'Minimum Requirements'");
                assertThat(e.getMessage()).contains("nothing was changed");
            });
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aBrokenReviewedFileChangesNothingAndSaysWhere() {
        List<String> before = fingerprint();
        String bridges = "from,to,basis\nmshp-network-operations-manager,mshp-director-of-strategy-and-planning-level-1\n";

        assertThatThrownBy(() -> importer.importFiles(seedsWith(ReviewedData.BRIDGES, bridges)))
            .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                assertThat(e.file()).isEqualTo(ReviewedData.BRIDGES);
                assertThat(e.line()).isEqualTo(2);
            });
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void anImportStoppedBetweenBatchesChangesNothingReadersSee() {
        List<String> before = fingerprint();
        long[] seenWhileStaged = new long[2];
        ImportProgress stopAfterFirstBatch = new ImportProgress() {
            String phase = "";

            @Override
            public void phase(String name, long total) {
                phase = name;
            }

            @Override
            public void advance(long done) {
                if (phase.equals("writing") && done > 0) {
                    seenWhileStaged[0] = count("MATCH (c:StagedClass) RETURN count(c)");
                    seenWhileStaged[1] = count("MATCH (c:JobClass) RETURN count(c)");
                    throw new IllegalStateException("stopped between batches");
                }
            }
        };

        assertThatThrownBy(
                () -> pipeline.run(new DocumentImporter.Documents(SeedFiles.read("seeds")), stopAfterFirstBatch))
            .hasMessage("stopped between batches");

        assertThat(seenWhileStaged).containsExactly(23, 23);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void whatAKilledImportLeftBehindIsInvisibleAndDeletedAtTheNextImport() {
        List<String> before = fingerprint();
        neo4j
            .query("CREATE (:StagedClass {id: 'mshp-network-operations-technician', title: 'Half written'})"
                    + "-[:PROMOTES_TO {origin: 'documents'}]->(:StagedClass {id: 'x'})")
            .run();
        neo4j.query("CREATE (:RetiredClass {id: 'mshp-network-operations-technician', origin: 'documents'})").run();

        assertThat(count("MATCH (c:JobClass {id: 'mshp-network-operations-technician'}) RETURN count(c)")).isEqualTo(1);
        importer.importSeeds();

        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void theClassesAReimportReplacedAreDeletedOnceReadersHaveSwitched() {
        importer.importSeeds();
        assertThat(count("MATCH (c:JobClass) RETURN count(c)")).isEqualTo(23);

        unseen.awaitDeletion();
        assertThat(count("MATCH (c) WHERE c:RetiredClass OR c:StagedClass RETURN count(c)")).isZero();
        assertThat(count("MATCH (c:JobClass) RETURN count(c)")).isEqualTo(23);
    }

    @Test
    void reimportRemovesWhatTheSourcesNoLongerSay() {
        String management = SeedDocuments.text(SeedDocuments.IT_MANAGEMENT);
        String withoutTopClass = management.substring(0,
                management.indexOf("Director of Strategy and Planning – Level 4\n"));
        try {
            importer.importFiles(seedsWith(SeedDocuments.IT_MANAGEMENT, withoutTopClass));

            assertThat(
                    count("MATCH (c:JobClass {id: 'mshp-director-of-strategy-and-planning-level-4'}) RETURN count(c)"))
                .isZero();
            assertThat(count("MATCH (c:JobClass) RETURN count(c)")).isEqualTo(22);
        }
        finally {
            importer.importSeeds();
        }
        assertThat(count("MATCH (c:JobClass) RETURN count(c)")).isEqualTo(23);
    }

    @Test
    void reloadEndpointReportsWhatItWrote() {
        JsonNode report = http.withBasicAuth("hr", "dev-hr-password")
            .postForEntity("/api/import/seeds", null, JsonNode.class)
            .getBody();

        assertThat(report.path("documents").asInt()).isEqualTo(5);
        assertThat(report.path("classes").asInt()).isEqualTo(23);
        assertThat(report.path("promotions").asInt()).isEqualTo(20);
    }

    @Test
    void unknownEndpointIsAProblemDetail() {
        assertProblem(http.getForEntity("/api/nothing-here", JsonNode.class), 404, "");
    }

}
