package org.careergraph.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careergraph.HrUploads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app against a Neo4j server of its own, reached through the routing scheme
 * ({@code neo4j://}) as a cluster or Aura would be: reads go in read sessions; while the
 * server is down every API answer is a quick 503 with {@code Retry-After}; once it is
 * back answers are right again, and nothing written before is lost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "career-graph.seeds.location=seeds")
@DirtiesContext
class GraphDatabaseOutageTests {

    static final StandaloneNeo4j neo4j = new StandaloneNeo4j(
            Path.of("target/outage-neo4j", UUID.randomUUID().toString()));
    static final Duration PROMISE = Duration.ofSeconds(5);
    static final String ROUTE = "/api/routes?from=Associate Network Operations Technician&to=Director Level 3";
    static final String HEADCOUNT = "/api/hr/headcounts/mshp-network-operations-manager";

    @DynamicPropertySource
    static void routingScheme(DynamicPropertyRegistry registry) {
        neo4j.start();
        registry.add("spring.neo4j.uri", () -> "neo4j://127.0.0.1:" + neo4j.boltPort());
    }

    @AfterAll
    static void stopServer() {
        neo4j.close();
    }

    @TestConfiguration
    static class RecordSessions {

        @Bean
        static SessionAccessModes sessionAccessModes() {
            return new SessionAccessModes();
        }

    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    SessionAccessModes sessions;

    @Test
    void readsGoThroughReadSessionsOnTheRoutingScheme() {
        List<AccessMode> reads = sessions.since(() -> {
            ResponseEntity<JsonNode> route = http.getForEntity(ROUTE, JsonNode.class);
            assertThat(route.getStatusCode().value()).isEqualTo(200);
            assertThat(route.getBody().at("/routes/0/steps")).hasSize(7);
            assertThat(http.getForEntity("/api/classes?q=director level 3", String.class).getStatusCode().value())
                .isEqualTo(200);
            assertThat(http.getForEntity("/api/pipeline/bottlenecks", String.class).getStatusCode().value())
                .isEqualTo(200);
        });
        assertThat(reads).isNotEmpty().containsOnly(AccessMode.READ);

        List<AccessMode> write = sessions
            .since(() -> assertThat(editHeadcount(2, 3).getStatusCode().value()).isEqualTo(200));
        assertThat(write).contains(AccessMode.WRITE);
    }

    @Test
    void answers503WhileTheDatabaseIsDownAndRecoversWithNothingLost() {
        assertThat(editHeadcount(3, 4).getStatusCode().value()).isEqualTo(200);
        assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode().value())
            .isEqualTo(200);

        neo4j.stop();
        try {
            for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.PUT)) {
                for (String path : method == HttpMethod.PUT ? List.of(HEADCOUNT)
                        : List.of(ROUTE, "/api/classes?q=director", "/api/classes/mshp-network-operations-manager",
                                "/api/classes/mshp-network-operations-manager/next", "/api/graph/agencies",
                                "/api/pipeline/bottlenecks", "/api/hr/export/headcounts.csv")) {
                    long startedAt = System.nanoTime();
                    ResponseEntity<JsonNode> answer = method == HttpMethod.PUT ? editHeadcount(5, 6)
                            : http.exchange(path, method, null, JsonNode.class);
                    Duration took = Duration.ofNanos(System.nanoTime() - startedAt);

                    assertThat(answer.getStatusCode().value()).as(path).isEqualTo(503);
                    assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).as(path).isEqualTo("5");
                    assertThat(answer.getHeaders().getContentType()).as(path)
                        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                    assertThat(answer.getBody().get("detail").asText()).as(path)
                        .startsWith("The graph database is unavailable");
                    assertThat(took).as(path).isLessThan(PROMISE);
                }
            }
            ResponseEntity<JsonNode> readiness = http.getForEntity("/actuator/health/readiness", JsonNode.class);
            assertThat(readiness.getStatusCode().value()).isEqualTo(503);
            assertThat(readiness.getBody().get("status").asText()).isEqualTo("DOWN");
            assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode().value())
                .isEqualTo(200);
        }
        finally {
            neo4j.start();
        }

        long backAt = System.nanoTime();
        int refused = 0;
        ResponseEntity<JsonNode> detail;
        while ((detail = http.getForEntity("/api/classes/mshp-network-operations-manager", JsonNode.class))
            .getStatusCode()
            .value() == 503 && Duration.ofNanos(System.nanoTime() - backAt).compareTo(PROMISE) < 0) {
            refused++;
        }
        Duration recovered = Duration.ofNanos(System.nanoTime() - backAt);
        System.out.printf("Answers correct again %d ms after the database came back (%d more 503s)%n",
                recovered.toMillis(), refused);
        assertThat(detail.getStatusCode().value()).isEqualTo(200);
        assertThat(detail.getBody().get("title").asText()).isEqualTo("Network Operations Manager");
        assertThat(recovered).isLessThan(PROMISE);
        ResponseEntity<JsonNode> route = http.getForEntity(ROUTE, JsonNode.class);
        assertThat(route.getStatusCode().value()).isEqualTo(200);
        assertThat(route.getBody().at("/routes/0/steps")).hasSize(7);
        assertThat(http.getForObject("/api/hr/export/headcounts.csv", String.class))
            .contains("mshp-network-operations-manager,3,4,1,");
        assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode().value())
            .isEqualTo(200);
    }

    private ResponseEntity<JsonNode> editHeadcount(int incumbents, int authorized) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(HrUploads.HR, HrUploads.HR_PASSWORD)
            .exchange(HEADCOUNT, HttpMethod.PUT,
                    new HttpEntity<>(Map.of("incumbents", incumbents, "authorized", authorized), headers),
                    JsonNode.class);
    }

}
