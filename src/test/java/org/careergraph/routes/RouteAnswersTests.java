package org.careergraph.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careergraph.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.careergraph.GraphApiTest;
import org.careergraph.HrUploads;
import org.careergraph.cypher.CypherScripts;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Remembered answers and name resolutions: served again between writes, never after one,
 * whoever writes.
 */
@GraphApiTest
class RouteAnswersTests {

    static final String TECHNICIAN = "mshp-network-operations-technician";

    @Autowired
    TestRestTemplate http;

    @Autowired
    Driver driver;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    CypherScripts cypher;

    JsonNode secondStep() {
        return http
            .getForObject("/api/routes?from={f}&to={t}", JsonNode.class, "Associate Network Operations Technician",
                    "Director Level 3")
            .path("routes")
            .get(0)
            .path("steps")
            .get(1);
    }

    void rename(String title) {
        // as someone would in Neo4j Browser: straight to the database, past the
        // application
        try (var session = driver.session()) {
            session.run("MATCH (c:JobClass {id: $id}) SET c.title = $title", Map.of("id", TECHNICIAN, "title", title))
                .consume();
        }
    }

    long storedVersion() {
        return neo4j.query(cypher.query("graph/version")).fetchAs(Long.class).one().orElseThrow();
    }

    @Test
    void aRememberedRouteIsNotServedAfterSomeoneWritesToTheDatabase() {
        assertThat(secondStep().path("title").asText()).isEqualTo("Network Operations Technician");
        assertThat(secondStep().path("title").asText()).isEqualTo("Network Operations Technician");
        try {
            rename("Network Operations Technician (renamed)");

            assertThat(secondStep().path("title").asText()).isEqualTo("Network Operations Technician (renamed)");
        }
        finally {
            rename("Network Operations Technician");
        }
        assertThat(secondStep().path("title").asText()).isEqualTo("Network Operations Technician");
    }

    @Test
    void anUnknownNameResolvesOnceHrImportsTheClass() {
        assertProblem(http.getForEntity("/api/routes?from={f}&to={t}", JsonNode.class, "Network Intern",
                "Network Operations Supervisor"), 404, "No class matches 'Network Intern'");
        try {
            HrUploads.upload(http, Map.of("classes", """
                    id,title,agency,family,tracks
                    dot-network-intern,Network Intern,dot,Network Services,Technical
                    """, "moves", """
                    type,from,to,basis
                    PEER_OF,dot-network-intern,mshp-network-operations-technician,the same network work
                    """));

            ResponseEntity<JsonNode> route = http.getForEntity("/api/routes?from={f}&to={t}", JsonNode.class,
                    "Network Intern", "Network Operations Supervisor");
            assertThat(route.getStatusCode().value()).isEqualTo(200);
            assertThat(route.getBody().path("routes").get(0).path("moves").asInt()).isEqualTo(2);
        }
        finally {
            HrUploads.clear(http);
        }
    }

    @Test
    void everyWriteTheApplicationMakesRaisesTheStoredVersion() {
        long before = storedVersion();

        ResponseEntity<JsonNode> edit = http.withBasicAuth(HrUploads.HR, HrUploads.HR_PASSWORD)
            .exchange("/api/hr/headcounts/{id}", HttpMethod.PUT,
                    new HttpEntity<>(Map.of("incumbents", 3, "authorized", 4)), JsonNode.class, TECHNICIAN);
        try {
            assertThat(edit.getStatusCode().value()).isEqualTo(200);
            assertThat(storedVersion()).isGreaterThan(before);
        }
        finally {
            HrUploads.clear(http);
        }
    }

}
