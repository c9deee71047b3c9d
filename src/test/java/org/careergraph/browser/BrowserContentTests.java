package org.careergraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careergraph.GraphApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The style and guide Neo4j Browser loads from the app, across origins, and the labels
 * the style colours by.
 */
@GraphApiTest
class BrowserContentTests {

    static final String BROWSER_ORIGIN = "http://localhost:7474";

    @Autowired
    TestRestTemplate http;

    @Autowired
    Neo4jClient neo4j;

    ResponseEntity<String> exchange(HttpMethod method, String path, String origin, HttpHeaders extra) {
        HttpHeaders headers = new HttpHeaders();
        headers.setOrigin(origin);
        headers.addAll(extra);
        return http.exchange(path, method, new HttpEntity<>(headers), String.class);
    }

    @Test
    void servesTheStyleAndTheGuideToNeo4jBrowser() {
        ResponseEntity<String> style = exchange(HttpMethod.GET, "/browser/style.grass", BROWSER_ORIGIN,
                new HttpHeaders());
        assertThat(style.getStatusCode().value()).isEqualTo(200);
        assertThat(style.getHeaders().getAccessControlAllowOrigin()).isEqualTo(BROWSER_ORIGIN);
        assertThat(style.getBody()).contains("node.JobClass", "caption: '{title}'", "node.Technical", "node.Management",
                "node.Agency", "relationship.PROMOTES_TO");

        ResponseEntity<String> guide = exchange(HttpMethod.GET, "/browser/guide.html", "http://127.0.0.1:7474",
                new HttpHeaders());
        assertThat(guide.getStatusCode().value()).isEqualTo(200);
        assertThat(guide.getHeaders().getAccessControlAllowOrigin()).isEqualTo("http://127.0.0.1:7474");
        assertThat(guide.getBody()).contains("<slide", "pre-scrollable code runnable", "SHORTEST 1", ":PEER_OF");
    }

    @Test
    void answersThePreflightNeo4jBrowserSends() {
        HttpHeaders preflight = new HttpHeaders();
        preflight.setAccessControlRequestMethod(HttpMethod.GET);
        preflight.setAccessControlRequestHeaders(List.of("pragma", "cache-control"));

        ResponseEntity<String> answer = exchange(HttpMethod.OPTIONS, "/browser/guide.html", BROWSER_ORIGIN, preflight);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getAccessControlAllowOrigin()).isEqualTo(BROWSER_ORIGIN);
        assertThat(answer.getHeaders().getAccessControlAllowHeaders()).contains("pragma", "cache-control");
        assertThat(answer.getHeaders().getAccessControlAllowMethods()).contains(HttpMethod.GET);
    }

    @Test
    void refusesOtherOrigins() {
        ResponseEntity<String> answer = exchange(HttpMethod.GET, "/browser/guide.html", "http://example.org",
                new HttpHeaders());

        assertThat(answer.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void classesCarryTheirTracksAsLabelsForTheStyle() {
        List<String> both = List
            .copyOf(neo4j.query("MATCH (c:JobClass:Technical:Management) RETURN c.id").fetchAs(String.class).all());
        long unlabelled = neo4j.query("MATCH (c:JobClass) WHERE NOT c:Technical AND NOT c:Management RETURN count(c)")
            .fetchAs(Long.class)
            .one()
            .orElseThrow();
        long mismatched = neo4j.query("""
                MATCH (c:JobClass)
                WHERE c:Technical <> EXISTS { (c)-[:TRACK]->(:Track {name: 'Technical'}) }
                   OR c:Management <> EXISTS { (c)-[:TRACK]->(:Track {name: 'Management'}) }
                RETURN count(c)""").fetchAs(Long.class).one().orElseThrow();

        assertThat(both).containsExactly("mshp-client-support-professional");
        assertThat(unlabelled).isZero();
        assertThat(mismatched).isZero();
    }

}
