package org.careergraph.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careergraph.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.careergraph.GraphApiClient;
import org.careergraph.GraphApiTest;
import org.careergraph.HrUploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Routes and next moves beside what people did: counts on every step, the travelled
 * ranking, de facto moves.
 */
@GraphApiTest
class ObservedRouteApiTests extends GraphApiClient {

    @BeforeEach
    void loadSampleHistory() {
        HrUploads.uploadSampleHistory(http);
    }

    @AfterEach
    void clearHrData() {
        HrUploads.clear(http);
    }

    JsonNode routes(String query) {
        return http.getForObject("/api/routes?from=" + TECHNICIAN + "&to=" + LEVEL_1 + "&" + query, JsonNode.class);
    }

    static List<String> ids(JsonNode route) {
        List<String> ids = new ArrayList<>();
        route.path("steps").forEach(s -> ids.add(s.path("id").asText()));
        return ids;
    }

    @Test
    void everyStepPeopleWereRecordedTakingCarriesTheirCount() {
        JsonNode route = routes("k=1").path("routes").get(0);

        assertThat(ids(route)).containsExactly(TECHNICIAN, "mshp-network-operations-supervisor",
                "mshp-network-operations-manager", LEVEL_1);
        assertThat(route.path("steps").get(0).has("observed")).isFalse();
        assertThat(route.path("steps").get(1).path("observed").toString())
            .isEqualTo("{\"people\":6,\"years\":[2022,2023,2024]}");
        assertThat(route.path("steps").get(2).path("observed").toString()).isEqualTo("{\"people\":1,\"years\":[2023]}");
        // 6 of the 13 technicians who left became supervisors; 1 of 3 supervisors became
        // a manager; 1 of 1 manager
        assertThat(route.path("travelled").path("score").asDouble()).isEqualTo(0.1538);
        assertThat(route.path("travelled").path("explanation").asText()).startsWith("6/13 × 1/3 × 1/1 = 0.1538");

        JsonNode in2024 = routes("k=1&fromYear=2024").path("routes").get(0);
        assertThat(in2024.path("steps").get(1).path("observed").toString())
            .isEqualTo("{\"people\":1,\"years\":[2024]}");
        assertThat(in2024.path("steps").get(2).has("observed")).isFalse();
    }

    @Test
    void rankTravelledPutsTheRoutesMostPeopleTookFirstAndDeFactoMovesOnlyWhenAsked() {
        JsonNode documented = routes("k=3&rank=travelled");
        assertThat(documented.path("rank").asText()).isEqualTo("travelled");
        assertThat(documented.path("routes").findValues("move").stream().map(JsonNode::asText))
            .doesNotContain("OBSERVED_MOVE");
        assertThat(documented.path("routes").get(0).path("travelled").path("score").asDouble()).isEqualTo(0.1538);
        assertThat(documented.path("routes").findValues("score").stream().map(JsonNode::asDouble).toList())
            .isSortedAccordingTo((a, b) -> Double.compare(b, a));

        JsonNode observed = routes("k=3&rank=travelled&moves=observed");
        JsonNode best = observed.path("routes").get(0);
        // 7 of 13 technicians moved to Client Support Professional, though no document
        // lists that move
        assertThat(ids(best)).containsExactly(TECHNICIAN, PROFESSIONAL, "mshp-client-support-manager", LEVEL_1);
        JsonNode deFacto = best.path("steps").get(1);
        assertThat(deFacto.path("move").asText()).isEqualTo("OBSERVED_MOVE");
        assertThat(deFacto.path("basis").asText())
            .isEqualTo("observed, not in the documents: 7 people made this move in " + "2022–2024");
        assertThat(deFacto.path("source").isNull()).isTrue();
        assertThat(deFacto.path("observed").path("people").asInt()).isEqualTo(7);
        assertThat(best.path("travelled").path("score").asDouble()).isEqualTo(0.5385);
        assertThat(best.path("cost").path("moves").asDouble()).isEqualTo(3.05);
    }

    @Test
    void deFactoMovesOutsideThePeriodOrLeadingDownAreNeverWalked() {
        JsonNode before = routes("k=10&moves=observed&toYear=2021");
        assertThat(before.path("routes").findValues("move").stream().map(JsonNode::asText))
            .doesNotContain("OBSERVED_MOVE");

        JsonNode down = http.getForObject(
                "/api/routes?from=mshp-network-operations-supervisor&to=" + TECHNICIAN + "&moves=observed",
                JsonNode.class);
        assertThat(down.path("routes")).isEmpty();
    }

    @Test
    void nextMovesSayWherePeopleActuallyWent() {
        JsonNode next = http.getForObject("/api/classes/{id}/next", JsonNode.class, TECHNICIAN);

        assertThat(next.path("PROMOTES_TO").get(0).path("observed").path("people").asInt()).isEqualTo(6);
        assertThat(next.path("SAME_GRADE").get(0).has("observed")).isFalse();
        JsonNode went = next.path("observed");
        assertThat(went.path("leavers").asInt()).isEqualTo(13);
        assertThat(went.path("moves").get(0).path("to").path("id").asText()).isEqualTo(PROFESSIONAL);
        assertThat(went.path("moves").get(0).path("deFacto").asBoolean()).isTrue();
        assertThat(went.path("moves").get(0).path("shareOfLeavers").asDouble()).isEqualTo(0.5385);
        assertThat(went.path("moves").get(1).path("to").path("id").asText())
            .isEqualTo("mshp-network-operations-supervisor");

        JsonNode in2022 = http.getForObject("/api/classes/{id}/next?fromYear=2022&toYear=2022", JsonNode.class,
                TECHNICIAN);
        assertThat(in2022.path("observed").path("period").asText()).isEqualTo("in 2022");
        assertThat(in2022.path("observed").path("leavers").asInt()).isEqualTo(4);
        assertProblem(http.getForEntity("/api/classes/{id}/next?fromYear=2024&toYear=2022", JsonNode.class, TECHNICIAN),
                400, "2024 is after 2022");
    }

    @Test
    void withoutHistoryRoutesAndNextMovesSayNothingAboutIt() {
        HrUploads.clear(http);

        JsonNode route = routes("k=1").path("routes").get(0);
        assertThat(route.has("travelled")).isFalse();
        assertThat(route.path("steps").findValues("observed")).isEmpty();
        assertThat(
                http.getForObject("/api/classes/{id}/next", JsonNode.class, TECHNICIAN).path("observed").path("moves"))
            .isEmpty();
    }

}
