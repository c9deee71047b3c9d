package org.careergraph.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.careergraph.GraphApiTest;
import org.careergraph.HrUploads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Health for load balancers: the status is open to all, the components need a sign-in.
 */
@GraphApiTest
class HealthApiTests {

    @Autowired
    TestRestTemplate http;

    @Test
    void livenessAndReadinessAreUpOnceTheSeedsAreLoaded() {
        for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
            ResponseEntity<JsonNode> answer = http.getForEntity(probe, JsonNode.class);
            assertThat(answer.getStatusCode().value()).as(probe).isEqualTo(200);
            assertThat(answer.getBody().get("status").asText()).as(probe).isEqualTo("UP");
        }
    }

    @Test
    void theStatusNeedsNoSignInButItsDetailsDo() {
        JsonNode anonymous = http.getForObject("/actuator/health", JsonNode.class);
        assertThat(anonymous.get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components")).isFalse();

        JsonNode signedIn = http.withBasicAuth(HrUploads.VIEWER, HrUploads.VIEWER_PASSWORD)
            .getForObject("/actuator/health", JsonNode.class);
        assertThat(signedIn.at("/components/neo4j/status").asText()).isEqualTo("UP");
        assertThat(signedIn.at("/components/neo4j/details/edition").asText()).isEqualTo("community");
        assertThat(signedIn.at("/components/seeds/status").asText()).isEqualTo("UP");

        JsonNode readiness = http.withBasicAuth(HrUploads.VIEWER, HrUploads.VIEWER_PASSWORD)
            .getForObject("/actuator/health/readiness", JsonNode.class);
        assertThat(readiness.get("components").fieldNames()).toIterable()
            .containsExactlyInAnyOrder("neo4j", "readinessState", "seeds");
    }

    @Test
    void aWrongPasswordIsRefusedEvenForTheStatus() {
        assertThat(http.withBasicAuth(HrUploads.VIEWER, "wrong")
            .getForEntity("/actuator/health", String.class)
            .getStatusCode()
            .value()).isEqualTo(401);
    }

}
