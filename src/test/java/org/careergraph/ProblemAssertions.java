package org.careergraph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Checks that an error answer is an RFC 9457 problem detail, never leaks a stack trace,
 * and carries the id of its request (the same as the {@code X-Request-Id} header).
 */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static JsonNode assertProblem(ResponseEntity<JsonNode> response, int status, String detailPart) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .isTrue();
        JsonNode body = response.getBody();
        assertThat(body).isNotNull();
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("detail").asText()).contains(detailPart);
        assertThat(body.toString()).doesNotContain("Exception", "\tat ", "trace");
        assertThat(body.path("requestId").asText()).as("requestId")
            .isNotBlank()
            .isEqualTo(response.getHeaders().getFirst("X-Request-Id"));
        return body;
    }

}
