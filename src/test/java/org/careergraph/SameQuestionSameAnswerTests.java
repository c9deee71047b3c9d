package org.careergraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.careergraph.importer.UnseenClasses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Every list in every answer has a defined order: each endpoint is asked twice on the
 * loaded graph, then twice after the seeds and HR's files are loaded again (new
 * relationships) and after the graph is emptied and loaded from scratch (new nodes), and
 * every answer must be the same, byte for byte, apart from how long it took and the
 * request id of a problem detail.
 */
@GraphApiTest
class SameQuestionSameAnswerTests {

    static final String PROJECTION = """
            {"target": "Director Level 3", "years": 5, "hires": {"Associate Network Operations Technician": 4},
             "whatIf": {"name": "promotions into Level 1 halve", "rates": [
               {"from": "Network Operations Manager", "to": "mshp-director-of-strategy-and-planning-level-1", "rate": 0.04}]}}
            """;

    /** GET paths, and POST paths with their JSON body after a space. */
    static final List<String> QUESTIONS = List.of("/api/graph/agencies", "/api/graph/agencies/mshp/families",
            "/api/graph?agency=mshp", "/api/graph?agency=coh&include=mshp-network-operations-technician&ladders=true",
            "/api/classes", "/api/classes?q=director", "/api/classes?q=network%20technican",
            "/api/classes/mshp-network-operations-technician", "/api/classes/mshp-network-operations-manager",
            "/api/classes/no-such-class", "/api/classes/mshp-network-operations-technician/next",
            "/api/classes/mshp-associate-network-operations-technician/reachable?maxMoves=6",
            "/api/classes/mshp-director-of-strategy-and-planning-level-3/feeders?maxMoves=12",
            "/api/classes/mshp-director-of-strategy-and-planning-level-3/feeders?maxMoves=12&format=csv",
            "/api/routes?from=mshp-associate-network-operations-technician&to=Director%20Level%203&k=10",
            "/api/routes?from=mshp-associate-network-operations-technician&to=Director%20Level%203&k=10&rank=years",
            "/api/routes?from=mshp-associate-network-operations-technician&to=Director%20Level%203&k=10&rank=grades"
                    + "&education=associate&years=3",
            "/api/routes?from=mshp-network-operations-technician&to=Director%20Level%204",
            "/api/routes?from=Director%20Level%203&to=Associate%20Network%20Operations%20Technician",
            "/api/pipeline/bottlenecks", "/api/pipeline/bottlenecks?format=csv",
            "/api/pipeline/projection " + PROJECTION, "/api/pipeline/projection?format=csv " + PROJECTION,
            "/api/pipeline/projection {\"years\": 3}", "/api/hr/export/classes.csv", "/api/hr/export/moves.csv",
            "/api/hr/export/headcounts.csv", "/api/hr/export/history.csv");

    @Autowired
    TestRestTemplate http;

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    UnseenClasses unseen;

    @AfterEach
    void leaveTheSeedDocumentsOnly() {
        HrUploads.clear(http);
    }

    @Test
    void everyEndpointGivesTheSameAnswerTwiceAndAfterTheGraphIsLoadedAgain() {
        loadHrFiles();
        Map<String, String> first = answers();
        assertThat(answers()).as("asked twice").isEqualTo(first);

        reloadSeeds();
        loadHrFiles();
        assertThat(answers()).as("after reloading the seeds and HR's files").isEqualTo(first);

        unseen.awaitDeletion();
        neo4j.query("MATCH (n) DETACH DELETE n").run();
        reloadSeeds();
        loadHrFiles();
        Map<String, String> fromScratch = answers();
        assertThat(fromScratch).as("after loading an empty graph from scratch").isEqualTo(first);
        assertThat(answers()).as("asked twice again").isEqualTo(first);
    }

    private void loadHrFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("headcounts", HrUploads.sample("headcounts"));
        files.put("history", HrUploads.sample("history"));
        assertThat(HrUploads.upload(http, files).getStatusCode().value()).isEqualTo(200);
    }

    private void reloadSeeds() {
        assertThat(http.withBasicAuth(HrUploads.HR, HrUploads.HR_PASSWORD)
            .postForEntity("/api/import/seeds", null, String.class)
            .getStatusCode()
            .value()).isEqualTo(200);
    }

    private Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        for (String question : QUESTIONS) {
            int space = question.indexOf(' ');
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            var response = space < 0 ? http.getForEntity(question, String.class)
                    : http.exchange(question.substring(0, space), HttpMethod.POST,
                            new HttpEntity<>(question.substring(space + 1), headers), String.class);
            if (response.getStatusCode().is5xxServerError() || response.getBody() == null) {
                failed.add(question + " -> " + response.getStatusCode());
            }
            answers.put(question,
                    String.valueOf(response.getStatusCode().value()) + " "
                            + String.valueOf(response.getBody())
                                .replaceAll("\"millis\":\\d+", "\"millis\":0")
                                .replaceAll("\"requestId\":\"[^\"]*\"", "\"requestId\":\"\""));
        }
        assertThat(failed).isEmpty();
        return answers;
    }

}
