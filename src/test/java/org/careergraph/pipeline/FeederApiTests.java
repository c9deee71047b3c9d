package org.careergraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careergraph.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.careergraph.GraphApiClient;
import org.careergraph.GraphApiTest;
import org.careergraph.HrUploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The feeder pool of a class and its bench strength on the seed graph, as JSON and CSV.
 */
@GraphApiTest
class FeederApiTests extends GraphApiClient {

    @AfterEach
    void clearHrData() {
        HrUploads.clear(http);
    }

    static JsonNode byId(JsonNode array, String id) {
        for (JsonNode item : array) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " not in " + array);
    }

    @Test
    void theFeederPoolOfDirectorLevel3WithinSixMovesReachesTheAssociateTechnician() {
        JsonNode answer = http.getForObject("/api/classes/{id}/feeders?maxMoves=6", JsonNode.class, DIRECTOR_3);

        assertThat(answer.path("target").path("id").asText()).isEqualTo(DIRECTOR_3);
        JsonNode associate = byId(answer.path("feeders"), ASSOCIATE);
        assertThat(associate.path("distance").asInt()).isEqualTo(6);
        assertThat(associate.path("route").get(0).asText()).isEqualTo(ASSOCIATE);
        assertThat(associate.path("route").get(6).asText()).isEqualTo(DIRECTOR_3);
        assertThat(answer.path("feeders").get(0).path("id").asText())
            .isEqualTo("mshp-director-of-strategy-and-planning-level-2");
        assertThat(answer.path("feeders").findValuesAsText("distance")).isSorted();
        assertThat(answer.path("feeders")).hasSize(12);
        assertThat(http.getForObject("/api/classes/{id}/feeders?maxMoves=5", JsonNode.class, DIRECTOR_3)
            .path("feeders")
            .findValuesAsText("id")).doesNotContain(ASSOCIATE).hasSize(8);
    }

    @Test
    void theBenchStrengthCountsTheLoadedHeadcounts() {
        HrUploads.upload(http, Map.of("headcounts", HrUploads.sample("headcounts")));

        JsonNode answer = http.getForObject("/api/classes/{id}/feeders?maxMoves=6", JsonNode.class, "Director Level 3");

        assertThat(byId(answer.path("feeders"), ASSOCIATE).path("incumbents").asInt()).isEqualTo(24);
        assertThat(answer.path("bench").path("incumbents").asInt()).isEqualTo(175);
        assertThat(answer.path("bench").path("classesWithoutHeadcount").asInt()).isZero();
        assertThat(answer.path("bench").path("byDistance").get(0).toString())
            .isEqualTo("{\"distance\":1,\"classes\":1,\"incumbents\":2}");
    }

    @Test
    void feedersAnswerCsvOnRequest() {
        String csv = http.getForObject("/api/classes/{id}/feeders?maxMoves=6&format=csv", String.class, DIRECTOR_3);
        HttpHeaders accept = new HttpHeaders();
        accept.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        ResponseEntity<String> negotiated = http.exchange("/api/classes/{id}/feeders", HttpMethod.GET,
                new HttpEntity<>(accept), String.class, DIRECTOR_3);

        assertThat(csv.split("\r\n")).hasSize(13);
        assertThat(csv).startsWith("target,distance,id,title,agency,level,promotions,incumbents,authorized,route\r\n")
            .contains("6," + ASSOCIATE + ",Associate Network Operations Technician,mshp,1,6,,,");
        assertThat(negotiated.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(negotiated.getBody()).isEqualTo(csv);
    }

    @Test
    void feedersOfAnUnknownClassAre404WithSuggestionsAndABadDistanceIs400() {
        JsonNode problem = assertProblem(
                http.getForEntity("/api/classes/{id}/feeders", JsonNode.class, "Chief Astronaut Level 3"), 404,
                "No class matches");
        assertThat(problem.path("suggestions")).isNotEmpty();
        assertProblem(http.getForEntity("/api/classes/{id}/feeders?maxMoves=0", JsonNode.class, DIRECTOR_3), 400,
                "'maxMoves' must be greater than or equal to 1");
        assertProblem(http.getForEntity("/api/classes/{id}/feeders?format=csv", JsonNode.class, "Astronaut"), 404,
                "No class matches 'Astronaut'");
    }

}
