package org.careergraph.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careergraph.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.careergraph.GraphApiClient;
import org.careergraph.GraphApiTest;
import org.careergraph.HrUploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.ResponseEntity;

/**
 * HR turns a de facto move into a reviewed one: an ordinary move from then on, recorded
 * with who and when.
 */
@GraphApiTest
class MoveReviewApiTests extends GraphApiClient {

    @Autowired
    Neo4jClient neo4j;

    @BeforeEach
    void loadSampleHistory() {
        HrUploads.uploadSampleHistory(http);
    }

    @AfterEach
    void clearHrData() {
        HrUploads.clear(http);
        neo4j.query("MATCH (r:MoveReview) DELETE r").run();
    }

    ResponseEntity<JsonNode> review(String user, String password, String body) {
        return http.withBasicAuth(user, password)
            .postForEntity("/api/hr/reviewed-moves", new org.springframework.http.HttpEntity<>(body, json()),
                    JsonNode.class);
    }

    static org.springframework.http.HttpHeaders json() {
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return headers;
    }

    @Test
    void aReviewedMoveBecomesAnOrdinaryMoveInTheExportAndTheRoutes() {
        ResponseEntity<JsonNode> reviewed = review(HrUploads.HR, HrUploads.HR_PASSWORD, """
                {"from": "Network Operations Technician", "to": "Client Support Professional",
                 "basis": "Technicians with help-desk duty qualify for the professional class"}""");

        assertThat(reviewed.getStatusCode().value()).isEqualTo(201);
        JsonNode move = reviewed.getBody();
        assertThat(move.path("type").asText()).isEqualTo("PROMOTES_TO");
        assertThat(move.path("reviewedBy").asText()).isEqualTo(HrUploads.HR);
        assertThat(move.path("reviewedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(move.path("people").asInt()).isEqualTo(7);

        JsonNode observed = http.getForObject("/api/pipeline/observed-moves?class=" + PROFESSIONAL, JsonNode.class);
        JsonNode now = ObservedMovesApiTests.move(observed.path("moves"), TECHNICIAN, PROFESSIONAL);
        assertThat(now.path("deFacto").asBoolean()).isFalse();
        assertThat(now.path("documented").get(0).path("origin").asText()).isEqualTo("hr");
        assertThat(now.path("documented").get(0).path("reviewedBy").asText()).isEqualTo(HrUploads.HR);

        String moves = http.getForObject("/api/hr/export/moves.csv", String.class);
        assertThat(moves).contains("PROMOTES_TO," + TECHNICIAN + "," + PROFESSIONAL
                + ",Technicians with help-desk duty qualify for the professional class,,,hr,reviewed by hr on "
                + move.path("reviewedAt").asText());
        // importing the export again keeps the reviewed move
        assertThat(HrUploads.upload(http, Map.of("moves", moves)).getStatusCode().value()).isEqualTo(200);

        JsonNode routes = http.getForObject("/api/routes?from=" + TECHNICIAN + "&to=mshp-client-support-manager",
                JsonNode.class);
        JsonNode step = routes.path("routes").get(0).path("steps").get(1);
        assertThat(step.path("id").asText()).isEqualTo(PROFESSIONAL);
        assertThat(step.path("move").asText()).isEqualTo("PROMOTES_TO");
        assertThat(step.path("source").path("file").asText()).startsWith("reviewed by hr on ");
        assertThat(step.path("observed").path("people").asInt()).isEqualTo(7);

        JsonNode reviews = http.getForObject("/api/hr/reviewed-moves", JsonNode.class);
        assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0).path("inForce").asBoolean()).isTrue();
        assertThat(reviews.get(0).path("from").path("title").asText()).isEqualTo("Network Operations Technician");
    }

    @Test
    void onlyHrMayReviewAndOnlyAnUpwardDeFactoMoveSomeoneMade() {
        String body = """
                {"from": "%s", "to": "%s", "basis": "seen often"%s}""";
        assertThat(http
            .postForEntity("/api/hr/reviewed-moves",
                    new org.springframework.http.HttpEntity<>(body.formatted(TECHNICIAN, PROFESSIONAL, ""), json()),
                    JsonNode.class)
            .getStatusCode()
            .value()).isEqualTo(401);
        assertThat(review(HrUploads.VIEWER, HrUploads.VIEWER_PASSWORD, body.formatted(TECHNICIAN, PROFESSIONAL, ""))
            .getStatusCode()
            .value()).isEqualTo(403);

        assertProblem(review(HrUploads.HR, HrUploads.HR_PASSWORD,
                body.formatted("mshp-network-operations-supervisor", TECHNICIAN, "")), 422, "leads downward");
        assertProblem(
                review(HrUploads.HR, HrUploads.HR_PASSWORD,
                        body.formatted("mshp-associate-network-operations-technician", TECHNICIAN, "")),
                409, "PROMOTES_TO already joins them");
        assertProblem(
                review(HrUploads.HR, HrUploads.HR_PASSWORD,
                        body.formatted(TECHNICIAN, "mshp-network-operations-manager", "")),
                409, "Nobody is recorded moving");
        assertProblem(
                review(HrUploads.HR, HrUploads.HR_PASSWORD,
                        body.formatted("mshp-network-operations-supervisor",
                                "coh-it-senior-professional-infrastructure", ", \"type\": \"SAME_GRADE\"")),
                422, "stays within one agency");
        assertProblem(review(HrUploads.HR, HrUploads.HR_PASSWORD, """
                {"from": "%s", "to": "%s", "basis": " "}""".formatted(TECHNICIAN, PROFESSIONAL)), 400, "basis");
        assertProblem(review(HrUploads.HR, HrUploads.HR_PASSWORD, body.formatted("Nobody Chief", PROFESSIONAL, "")),
                404, "No class matches");
        assertThat(http.getForObject("/api/hr/reviewed-moves", JsonNode.class)).isEmpty();
    }

}
