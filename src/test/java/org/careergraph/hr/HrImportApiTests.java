package org.careergraph.hr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careergraph.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careergraph.GraphApiTest;
import org.careergraph.GraphFingerprint;
import org.careergraph.HrUploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.ResponseEntity;

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

    JsonNode refused(String part, String text) {
        HrUploads.upload(http, sampleFiles());
        List<String> before = GraphFingerprint.of(neo4j);
        Map<String, String> files = sampleFiles();
        files.put(part, text);

        ResponseEntity<JsonNode> response = HrUploads.upload(http, files);

        JsonNode problem = assertProblem(response, 422, "nothing was changed");
        assertThat(GraphFingerprint.of(neo4j)).isEqualTo(before);
        return problem.path("errors").get(0);
    }

    @Test
    void importsClassesMovesHeadcountsAndHistoryIntoTheSameGraph() {
        JsonNode report = HrUploads.upload(http, sampleFiles()).getBody();

        assertThat(report.path("files").toString()).isEqualTo("[\"classes.csv\",\"moves.csv\",\"headcounts.csv\",\"history.csv\"]");
        assertThat(report.path("classes").asInt()).isEqualTo(2);
        assertThat(report.path("moves").asInt()).isEqualTo(2);
        assertThat(report.path("headcounts").asInt()).isEqualTo(23);
        assertThat(report.path("history").asInt()).isEqualTo(10);
        assertThat(count("MATCH (:JobClass {id: 'dot-network-analyst', origin: 'hr', level: 2})-[:IN_FAMILY]->(:Family)"
                + "-[:PART_OF]->(:Agency {code: 'dot', name: 'Department of Transportation'}) RETURN count(*)")).isOne();
        assertThat(count("MATCH (:JobClass)-[:HAS_HEADCOUNT]->(h:Headcount) RETURN sum(h.incumbents)")).isEqualTo(241);
        JsonNode route = http.getForObject("/api/routes?from={f}&to={t}", JsonNode.class, "Network Intern",
                "Network Operations Supervisor").path("routes").get(0);
        assertThat(route.path("moves").asInt()).isEqualTo(3);
        assertThat(route.path("steps").get(2).path("move").asText()).isEqualTo("PEER_OF");
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() {
        HrUploads.upload(http, sampleFiles());
        List<String> before = GraphFingerprint.of(neo4j);

        HrUploads.upload(http, sampleFiles());

        assertThat(GraphFingerprint.of(neo4j)).isEqualTo(before);
    }

    @Test
    void anExportImportsAgainWithoutChangingAnything() {
        HrUploads.upload(http, sampleFiles());
        List<String> before = GraphFingerprint.of(neo4j);
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
        assertThat(GraphFingerprint.of(neo4j)).isEqualTo(before);
    }

    @Test
    void aFileLeftOutKeepsWhatTheGraphHasAndADocumentReloadKeepsHrData() {
        HrUploads.upload(http, sampleFiles());

        HrUploads.upload(http, Map.of("headcounts", "class,incumbents,authorized\ndot-network-analyst,7,8\n"));
        http.withBasicAuth(HrUploads.HR, HrUploads.HR_PASSWORD).postForEntity("/api/import/seeds", null, JsonNode.class);

        assertThat(count("MATCH (c:JobClass {origin: 'hr'}) RETURN count(c)")).isEqualTo(2);
        assertThat(count("MATCH (:JobClass)-[m:MOVED]->() RETURN count(m)")).isEqualTo(10);
        assertThat(count("MATCH (h:Headcount) RETURN sum(h.incumbents)")).isEqualTo(7);
        assertThat(count("MATCH (:JobClass {id: 'dot-network-analyst'})-[r:PEER_OF {origin: 'hr'}]->() RETURN count(r)")).isOne();
    }

    @Test
    void aWrongHeaderIsRefusedAndChangesNothing() {
        JsonNode error = refused("headcounts", "class,incumbents,authorised\nmshp-network-operations-technician,1,2\n");

        assertThat(error.toString()).isEqualTo("{\"file\":\"headcounts.csv\",\"line\":1,\"column\":\"authorised\","
                + "\"reason\":\"unknown column 'authorised'; the columns of headcounts.csv are class, incumbents, authorized, "
                + "vacancies, sourceFile, sourceLine\"}");
    }

    @Test
    void aBadNumberIsRefusedAndChangesNothing() {
        JsonNode error = refused("headcounts", "class,incumbents,authorized\nmshp-network-operations-technician,1,2\n"
                + "mshp-network-operations-supervisor,twelve,14\n");

        assertThat(error.toString()).isEqualTo("{\"file\":\"headcounts.csv\",\"line\":3,\"column\":\"incumbents\","
                + "\"reason\":\"'twelve' is not a whole number\"}");
    }

    @Test
    void anUnknownClassInAMoveIsRefusedAndChangesNothing() {
        JsonNode error = refused("moves", MOVES + "PROMOTES_TO,dot-network-analyst,dot-network-chief,next\n");

        assertThat(error.path("line").asInt()).isEqualTo(4);
        assertThat(error.path("column").asText()).isEqualTo("to");
        assertThat(error.path("reason").asText()).isEqualTo("unknown class 'dot-network-chief'; did you mean "
                + "'dot-network-intern'?");
    }

    @Test
    void duplicateIdsAreRefusedAndChangeNothing() {
        JsonNode error = refused("classes", CLASSES + "dot-network-intern,Network Trainee,dot,,Network Services,,,,,\n");

        assertThat(error.toString()).isEqualTo("{\"file\":\"classes.csv\",\"line\":4,\"column\":\"id\",\"reason\":"
                + "\"duplicate id 'dot-network-intern': line 2 already defines it\"}");
    }

    @Test
    void aMoveThatPointsDownwardIsRefusedAndChangesNothing() {
        JsonNode error = refused("moves", MOVES
                + "PROMOTES_TO,dot-network-analyst,mshp-associate-network-operations-technician,back to the start\n");

        assertThat(error.path("line").asInt()).isEqualTo(4);
        assertThat(error.path("reason").asText()).isEqualTo("the move points downward: 'dot-network-analyst' is at "
                + "level of work 2 and 'mshp-associate-network-operations-technician' at 1; a promotion must lead to a "
                + "higher level");
    }

    @Test
    void everyProblemOfAnUploadIsListed() {
        HrUploads.upload(http, sampleFiles());
        JsonNode problem = HrUploads.upload(http, Map.of("headcounts", "class,incumbents,authorized\nnobody,x,1\n"
                + "mshp-network-operations-manager,1,-2\n")).getBody();

        assertThat(problem.path("errorCount").asInt()).isEqualTo(2);
        assertThat(problem.path("errors").findValuesAsText("column")).containsExactly("incumbents", "authorized");
    }

    @Test
    void anUnknownPartOrAnUnknownExportIsAProblemDetail() {
        assertProblem(HrUploads.upload(http, Map.of("people", "a,b\n")), 400, "unknown part 'people'");
        assertProblem(http.getForEntity("/api/hr/export/salaries.csv", JsonNode.class), 404, "No HR file 'salaries.csv'");
    }
}
