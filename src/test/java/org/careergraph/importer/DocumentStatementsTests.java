package org.careergraph.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careergraph.GraphApiTest;
import org.careergraph.vocabulary.Supervision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * What the documents state beyond requirements, stored as shared nodes Neo4j Browser
 * shows; new agencies' documents.
 */
@GraphApiTest
class DocumentStatementsTests {

    @Autowired
    DocumentImporter importer;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    UnseenClasses unseen;

    long count(String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    SeedFiles seedsWith(Map<String, String> extra) {
        SeedFiles seeds = SeedFiles.read("seeds");
        Map<String, String> documents = new LinkedHashMap<>(seeds.documents());
        Map<String, String> reviewed = new LinkedHashMap<>(seeds.reviewed());
        extra.forEach((file, text) -> (file.endsWith(".csv") ? reviewed : documents).put(file, text));
        return new SeedFiles("test seeds", documents, reviewed);
    }

    @Test
    void storesWhatAClassRequiresAndPerformsAsNodesWithTheirLines() {
        assertThat(neo4j.query("""
                MATCH (:JobClass {id: 'city-ohr-it-network-engineer-specialist'})-[r:REQUIRES]->(s:Licence|Clearance)
                RETURN labels(s)[1] + ' ' + r.sourceFile + ':' + r.sourceLine AS row ORDER BY row""")
            .fetchAs(String.class)
            .all()).containsExactly("Clearance 003_6faeade715cd5614.txt:109", "Licence 003_6faeade715cd5614.txt:107");
        assertThat(count("""
                MATCH (:JobClass {id: 'city-ohr-it-network-engineer-specialist'})-[:REQUIRES]->(c:Competency)
                RETURN count(c)""")).isEqualTo(6);
        assertThat(neo4j.query("""
                MATCH (:JobClass {id: 'coh-it-senior-professional-infrastructure'})-[r:EXERCISES]->(s:Supervision)
                RETURN r.level + ' ' + r.sourceLine + ' ' + s.text AS row ORDER BY row""").fetchAs(String.class).all())
            .containsExactly("none 51 Direct Supervision: No direct reports.",
                    "none 55 Indirect Supervision: No indirect reports.");
        assertThat(count("MATCH (c:JobClass {supervision: 'manages'}) RETURN count(c)")).isEqualTo(7);
    }

    @Test
    void sharesAStatementBetweenEveryClassThatStatesItAndMarksSeriesWideOnes() {
        assertThat(neo4j.query("""
                MATCH (c:JobClass)-[r:PERFORMS]->(s:Responsibility {text: 'Provide afterhours client support.'})
                RETURN c.id + ' ' + r.sourceLine + ' ' + r.seriesWide AS row ORDER BY row""")
            .fetchAs(String.class)
            .all()).containsExactly("mshp-associate-network-operations-technician 16 true",
                    "mshp-network-operations-manager 16 true", "mshp-network-operations-supervisor 16 true",
                    "mshp-network-operations-technician 16 true");
        assertThat(count("MATCH (s:Statement) WHERE NOT (s)<--() RETURN count(s)")).isZero();
    }

    @Test
    void aDocumentFromAnAgencyItDoesNotNameIsRefusedUntilAgenciesCsvNamesIt() {
        String series = TestDocuments.text(TestDocuments.WATER_QUALITY_SERIES);
        unseen.awaitDeletion();
        long before = count("MATCH (n) RETURN count(n)");

        assertThatThrownBy(() -> importer.importFiles(seedsWith(Map.of("005_water.txt", series))))
            .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                assertThat(e.file()).isEqualTo("005_water.txt");
                assertThat(e.reason()).isEqualTo(
                        "the document does not name its agency; add a row for " + "'005_water.txt' to agencies.csv");
            });
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(before);

        String agencies = SeedFiles.read("seeds").reviewed().get(ReviewedData.AGENCIES)
                + "005_water.txt,city-water,City Water Department,named in no line of the document\n";
        try {
            importer.importFiles(seedsWith(Map.of("005_water.txt", series, ReviewedData.AGENCIES, agencies,
                    TestDocuments.FACILITIES_FAMILY, TestDocuments.text(TestDocuments.FACILITIES_FAMILY))));

            assertThat(neo4j.query("""
                    MATCH (c:JobClass {agency: 'city-water'}) RETURN c.id + ' ' + coalesce(c.education, '-') AS row
                    ORDER BY c.ladderOrder""").fetchAs(String.class).all()).containsExactly(
                    "city-water-water-quality-analyst -", "city-water-senior-water-quality-analyst -",
                    "city-water-water-quality-analyst-specialist master");
            assertThat(neo4j.query("""
                    MATCH (:JobClass {id: 'city-water-water-quality-analyst-specialist'})-[r:REQUIRES]->(s:Licence)
                    RETURN s.text + ' ' + r.sourceLine AS row""").fetchAs(String.class).all())
                .containsExactly("A valid driver’s licence is required. 63");
            assertThat(neo4j.query("""
                    MATCH (c:JobClass {id: 'sfd-maintenance-technician'})
                    RETURN c.education + ' ' + c.years + ' ' + c.supervision AS row""").fetchAs(String.class).one())
                .contains("associate 2 lead");
        }
        finally {
            importer.importSeeds();
        }
        assertThat(count("MATCH (c:JobClass {agency: 'city-water'}) RETURN count(c)")).isZero();
        assertThat(count("MATCH (s:Statement) WHERE NOT (s)<--() RETURN count(s)")).isZero();
    }

}
