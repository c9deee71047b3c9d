package org.careergraph.hr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careergraph.GraphApiTest;
import org.careergraph.GraphFingerprint;
import org.careergraph.HrUploads;
import org.careergraph.importer.UnseenClasses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.ResponseEntity;

/**
 * HR's CSV upload on a real Neo4j: what it writes, that a refused import writes nothing,
 * and the round trip.
 */
@GraphApiTest
class HrImportApiTests {

    /** A small ladder of a new agency, joined to the seed graph by a peer move. */
    static final String CLASSES = """
            id,title,agency,agencyName,family,grades,tracks,education,years,summary
            dot-network-intern,Network Intern,dot,Department of Transportation,Network Services,12,Technical,high-school,0,"Learns the network, under close supervision"
            dot-network-analyst,Network Analyst,dot,Department of Transportation,Network Services,14;16,Technical,associate,2,Runs the network
            """;
    static final String MOVES = """
            type,from,to,basis
            PROMOTES_TO,dot-network-intern,dot-network-analyst,next class up the Network Services ladder
            PEER_OF,dot-network-analyst,mshp-network-operations-technician,the same network work at the Highway Patrol
            """;

    @Autowired
    TestRestTemplate http;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    UnseenClasses unseen;

    @AfterEach
    void clearHrData() {
        HrUploads.clear(http);
    }

    static Map<String, String> sampleFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("classes", CLASSES);
        files.put("moves", MOVES);
        files.put("headcounts", HrUploads.sample("headcounts"));
        files.put("history", HrUploads.sample("history"));
        return files;
    }

    long count(String cypher) {
        return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    @Test
    void importsClassesMovesHeadcountsAndHistoryIntoTheSameGraph() {
        JsonNode report = HrUploads.upload(http, sampleFiles()).getBody();

        assertThat(report.path("files").toString())
            .isEqualTo("[\"classes.csv\",\"moves.csv\",\"headcounts.csv\",\"history.csv\"]");
        assertThat(report.path("classes").asInt()).isEqualTo(2);
        assertThat(report.path("moves").asInt()).isEqualTo(2);
        assertThat(report.path("headcounts").asInt()).isEqualTo(23);
        assertThat(report.path("history").asInt()).isEqualTo(19);
        assertThat(report.path("observedOnly").asInt()).isEqualTo(5);
        assertThat(count("MATCH (:JobClass {id: 'dot-network-analyst', origin: 'hr', level: 2})-[:IN_FAMILY]->(:Family)"
                + "-[:PART_OF]->(:Agency {code: 'dot', name: 'Department of Transportation'}) RETURN count(*)"))
            .isOne();
        assertThat(count("MATCH (:JobClass)-[:HAS_HEADCOUNT]->(h:Headcount) RETURN sum(h.incumbents)")).isEqualTo(241);
        JsonNode route = http
            .getForObject("/api/routes?from={f}&to={t}", JsonNode.class, "Network Intern",
                    "Network Operations Supervisor")
            .path("routes")
            .get(0);
        assertThat(route.path("moves").asInt()).isEqualTo(3);
        assertThat(route.path("steps").get(2).path("move").asText()).isEqualTo("PEER_OF");
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() {
        HrUploads.upload(http, sampleFiles());
        List<String> before = GraphFingerprint.of(neo4j, unseen);

        HrUploads.upload(http, sampleFiles());

        assertThat(GraphFingerprint.of(neo4j, unseen)).isEqualTo(before);
    }

    @Test
    void anExportImportsAgainWithoutChangingAnything() {
        HrUploads.upload(http, sampleFiles());
        List<String> before = GraphFingerprint.of(neo4j, unseen);
        Map<String, String> exported = new LinkedHashMap<>();
        for (String part : List.of("classes", "moves", "headcounts", "history")) {
            ResponseEntity<String> file = http.getForEntity("/api/hr/export/{f}.csv", String.class, part);
            assertThat(file.getHeaders().getContentType().toString()).startsWith("text/csv");
            assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo(part + ".csv");
            exported.put(part, file.getBody());
        }
        assertThat(exported.get("classes")).contains("mshp-network-operations-technician", ",documents,")
            .startsWith("id,title,agency,family,agencyName,familySummary,grades,tracks,");

        JsonNode report = HrUploads.upload(http, exported).getBody();

        assertThat(report.path("leftAsTheyAre").asInt()).isEqualTo(23 + 44);
        assertThat(GraphFingerprint.of(neo4j, unseen)).isEqualTo(before);
    }

    @Test
    void aFileLeftOutKeepsWhatTheGraphHasAndADocumentReloadKeepsHrData() {
        HrUploads.upload(http, sampleFiles());

        HrUploads.upload(http, Map.of("headcounts", "class,incumbents,authorized\ndot-network-analyst,7,8\n"));
        http.withBasicAuth(HrUploads.HR, HrUploads.HR_PASSWORD)
            .postForEntity("/api/import/seeds", null, JsonNode.class);

        assertThat(count("MATCH (c:JobClass {origin: 'hr'}) RETURN count(c)")).isEqualTo(2);
        assertThat(count("MATCH (:JobClass)-[m:MOVED]->() RETURN count(m)")).isEqualTo(19);
        // the five de facto moves of the sample, but the one leading down a level, stay
        // walkable
        assertThat(count("MATCH (:JobClass)-[o:OBSERVED_MOVE]->() RETURN count(o)")).isEqualTo(4);
        assertThat(count("MATCH (h:Headcount) RETURN sum(h.incumbents)")).isEqualTo(7);
        assertThat(
                count("MATCH (:JobClass {id: 'dot-network-analyst'})-[r:PEER_OF {origin: 'hr'}]->() RETURN count(r)"))
            .isOne();
    }

}
