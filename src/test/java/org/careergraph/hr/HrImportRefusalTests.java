package org.careergraph.hr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careergraph.ProblemAssertions.assertProblem;
import static org.careergraph.hr.HrImportApiTests.CLASSES;
import static org.careergraph.hr.HrImportApiTests.MOVES;
import static org.careergraph.hr.HrImportApiTests.sampleFiles;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Every way an HR upload is refused: with file, line, column and reason, and nothing
 * written.
 */
@GraphApiTest
class HrImportRefusalTests {

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

    /**
     * Loads the sample files, then uploads them with one file changed: refused, and the
     * graph as it was.
     */
    JsonNode refused(String part, String text) {
        HrUploads.upload(http, sampleFiles());
        List<String> before = GraphFingerprint.of(neo4j, unseen);
        Map<String, String> files = sampleFiles();
        files.put(part, text);

        ResponseEntity<JsonNode> response = HrUploads.upload(http, files);

        JsonNode problem = assertProblem(response, 422, "nothing was changed");
        assertThat(GraphFingerprint.of(neo4j, unseen)).isEqualTo(before);
        return problem.path("errors").get(0);
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
        assertThat(error.path("reason").asText())
            .isEqualTo("unknown class 'dot-network-chief'; did you mean " + "'dot-network-intern'?");
    }

    @Test
    void duplicateIdsAreRefusedAndChangeNothing() {
        JsonNode error = refused("classes",
                CLASSES + "dot-network-intern,Network Trainee,dot,,Network Services,,,,,\n");

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
        JsonNode problem = HrUploads
            .upload(http,
                    Map.of("headcounts",
                            "class,incumbents,authorized\nnobody,x,1\n" + "mshp-network-operations-manager,1,-2\n"))
            .getBody();

        assertThat(problem.path("errorCount").asInt()).isEqualTo(2);
        assertThat(problem.path("errors").findValuesAsText("column")).containsExactly("incumbents", "authorized");
    }

    @Test
    void anUnknownPartOrAnUnknownExportIsAProblemDetail() {
        assertProblem(HrUploads.upload(http, Map.of("people", "a,b\n")), 400, "unknown part 'people'");
        assertProblem(http.getForEntity("/api/hr/export/salaries.csv", JsonNode.class), 404,
                "No HR file 'salaries.csv'");
    }

}
