package org.careergraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careergraph.HrUploads.HR;
import static org.careergraph.HrUploads.HR_PASSWORD;
import static org.careergraph.HrUploads.VIEWER;
import static org.careergraph.HrUploads.VIEWER_PASSWORD;
import static org.careergraph.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import org.careergraph.GraphApiTest;
import org.careergraph.HrUploads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes need the HR role (401 without sign-in, 403 without the role); reads and
 * projections stay open.
 */
@GraphApiTest
class AccessApiTests {

    static final String HEADCOUNT = "/api/hr/headcounts/mshp-network-operations-manager";

    @Autowired
    TestRestTemplate http;

    ResponseEntity<JsonNode> reloadSeeds(TestRestTemplate as) {
        return as.postForEntity("/api/import/seeds", null, JsonNode.class);
    }

    ResponseEntity<JsonNode> putHeadcount(TestRestTemplate as, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as.exchange(HEADCOUNT, HttpMethod.PUT, new HttpEntity<>(json, headers), JsonNode.class);
    }

    @Test
    void anUnauthenticatedWriteIs401WithAProblemDetailAndABasicChallenge() {
        ResponseEntity<JsonNode> response = reloadSeeds(http);

        assertProblem(response, 401, "sign in (HTTP Basic) as a user with the HR role");
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).isEqualTo("Basic realm=\"Career Graph\"");
        assertProblem(putHeadcount(http, "{\"incumbents\": 1, \"authorized\": 1}"), 401, "HR role");
        assertProblem(http.postForEntity("/api/hr/import", null, JsonNode.class), 401, "HR role");
    }

    @Test
    void aWrongPasswordIs401() {
        assertProblem(reloadSeeds(http.withBasicAuth(HR, "not-the-password")), 401, "user name or password is wrong");
    }

    @Test
    void aUserWithoutTheHrRoleIs403() {
        assertProblem(reloadSeeds(http.withBasicAuth(VIEWER, VIEWER_PASSWORD)), 403,
                "Changing data needs the HR role, which 'viewer' does not have");
    }

    @Test
    void anHrUserMayWrite() {
        ResponseEntity<JsonNode> response = reloadSeeds(http.withBasicAuth(HR, HR_PASSWORD));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody().path("classes").asInt()).isEqualTo(23);
    }

    @Test
    void anHrUserEditsAHeadcount() {
        try {
            ResponseEntity<JsonNode> response = putHeadcount(http.withBasicAuth(HR, HR_PASSWORD),
                    "{\"incumbents\": 3, \"authorized\": 5}");

            assertThat(response.getStatusCode().value()).isEqualTo(200);
            assertThat(response.getBody().path("vacancies").asInt()).isEqualTo(2);
            assertThat(response.getBody().path("source").asText()).isEqualTo("edited by hr");
            JsonNode feeder = http
                .getForObject("/api/classes/mshp-director-of-strategy-and-planning-level-1/feeders" + "?maxMoves=1",
                        JsonNode.class)
                .path("feeders");
            assertThat(feeder.findValuesAsText("id")).contains("mshp-network-operations-manager");
            assertThat(feeder.toString()).contains("\"incumbents\":3,\"authorized\":5");
            assertProblem(putHeadcount(http.withBasicAuth(HR, HR_PASSWORD), "{\"incumbents\": -1}"), 400,
                    "'authorized' must not be null; 'incumbents' must be greater than or equal to 0");
            assertProblem(putHeadcount(http.withBasicAuth(HR, HR_PASSWORD), "{\"incumbents\": 1, \"authorised\": 2}"),
                    400, "unknown field 'authorised'");
        }
        finally {
            HrUploads.clear(http);
        }
    }

    @Test
    void readsAndProjectionsNeedNoSignIn() {
        assertThat(http.getForEntity("/api/classes?q=director", JsonNode.class).getStatusCode().value()).isEqualTo(200);
        assertThat(http.getForEntity("/api/hr/export/headcounts.csv", String.class).getStatusCode().value())
            .isEqualTo(200);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http
            .postForEntity("/api/pipeline/projection", new HttpEntity<>("{\"years\": 1}", headers), JsonNode.class)
            .getStatusCode()
            .value()).isEqualTo(200);
    }

}
