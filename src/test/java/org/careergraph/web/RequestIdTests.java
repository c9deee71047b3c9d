package org.careergraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careergraph.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import org.careergraph.GraphApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Every answer names its request; a problem carries the same id, and so does the log line
 * of that request.
 */
@GraphApiTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdTests {

    @Autowired
    TestRestTemplate http;

    ResponseEntity<JsonNode> get(String path, String requestId) {
        HttpHeaders headers = new HttpHeaders();
        if (requestId != null) {
            headers.set(RequestIdFilter.HEADER, requestId);
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    @Test
    void aProblemCarriesTheRequestIdThatItsLogLineShows(CapturedOutput output) {
        ResponseEntity<JsonNode> response = get(
                "/api/routes?from=mshp-network-operations-technician" + "&to=Director%20Level%203&k=11", null);

        JsonNode problem = assertProblem(response, 400, "'k' must be between 1 and 10");
        String id = problem.path("requestId").asText();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(output.getOut()).containsPattern("\\[" + id + "\\] .*GET /api/routes answered 400 in \\d+ ms: "
                + "Bad request: 'k' must be between 1 and 10, was 11");
    }

    @Test
    void everyAnswerHasAnIdAndEachRequestItsOwn() {
        String first = get("/api/graph/agencies", null).getHeaders().getFirst(RequestIdFilter.HEADER);
        String second = get("/api/graph/agencies", null).getHeaders().getFirst(RequestIdFilter.HEADER);

        assertThat(first).isNotBlank();
        assertThat(second).isNotBlank().isNotEqualTo(first);
        assertThat(java.util.UUID.fromString(first).version()).as("a random UUID").isEqualTo(4);
        assertThat(java.util.UUID.fromString(first).variant()).isEqualTo(2);
    }

    @Test
    void aCallersOwnIdIsKeptWhenItIsAPlainToken(CapturedOutput output) {
        ResponseEntity<JsonNode> response = get("/api/classes/no-such-class", "lb-7f3a.42");

        assertThat(assertProblem(response, 404, "No class matches").path("requestId").asText()).isEqualTo("lb-7f3a.42");
        assertThat(output.getOut()).contains("[lb-7f3a.42] ").contains("GET /api/classes/no-such-class answered 404");
    }

    @Test
    void anIdThatCouldForgeALogLineIsReplaced() {
        ResponseEntity<JsonNode> response = get("/api/classes/no-such-class", "x INFO forged line");

        assertThat(response.getHeaders().getFirst(RequestIdFilter.HEADER)).matches("[0-9a-f-]{36}");
    }

    @Test
    void aRefusedSignInCarriesTheRequestIdToo() {
        assertProblem(http.postForEntity("/api/import/seeds", null, JsonNode.class), 401, "sign in");
    }

}
