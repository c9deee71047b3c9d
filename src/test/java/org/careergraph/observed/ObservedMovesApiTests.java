package org.careergraph.observed;

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
import org.springframework.http.ResponseEntity;

/**
 * Where people actually went, by the sample history on the seed graph: recorded, de facto
 * and untaken moves.
 */
@GraphApiTest
class ObservedMovesApiTests extends GraphApiClient {

    @BeforeEach
    void loadSampleHistory() {
        HrUploads.uploadSampleHistory(http);
    }

    @AfterEach
    void clearHrData() {
        HrUploads.clear(http);
    }

    static JsonNode move(JsonNode moves, String from, String to) {
        for (JsonNode m : moves) {
            if (m.path("from").path("id").asText().equals(from) && m.path("to").path("id").asText().equals(to)) {
                return m;
            }
        }
        throw new AssertionError(from + " > " + to + " not in " + moves);
    }

    static List<String> pairs(JsonNode moves) {
        List<String> pairs = new ArrayList<>();
        moves.forEach(m -> pairs.add(m.path("from").path("id").asText() + ">" + m.path("to").path("id").asText()));
        return pairs;
    }

    @Test
    void listsEveryRecordedMoveMostPeopleFirstWithSharesAndTheDeFactoOnesFlagged() {
        JsonNode answer = http.getForObject("/api/pipeline/observed-moves", JsonNode.class);

        assertThat(answer.path("period").toString()).isEqualTo("{\"from\":null,\"to\":null,\"firstRecorded\":2022,"
                + "\"lastRecorded\":2024,\"years\":3,\"words\":\"all recorded years\"}");
        assertThat(answer.path("totals").toString())
            .isEqualTo("{\"moves\":12,\"people\":36,\"deFactoMoves\":5," + "\"deFactoPeople\":13,\"notTaken\":11}");
        assertThat(answer.path("moves").findValues("people").stream().map(JsonNode::asInt).toList())
            .isSortedAccordingTo((a, b) -> b - a);
        JsonNode promotion = answer.path("moves").get(0);
        assertThat(promotion.path("from").path("id").asText()).isEqualTo(ASSOCIATE);
        // 4 + 3 + 5 people in 3 recorded years, of 24 incumbents; 12 of the 15 who left
        // the class
        assertThat(promotion.path("people").asInt()).isEqualTo(12);
        assertThat(promotion.path("byYear").toString()).isEqualTo("{\"2022\":4,\"2023\":3,\"2024\":5}");
        assertThat(promotion.path("perYear").asDouble()).isEqualTo(4.0);
        assertThat(promotion.path("shareOfIncumbents").asDouble()).isEqualTo(0.1667);
        assertThat(promotion.path("shareOfLeavers").asDouble()).isEqualTo(0.8);
        assertThat(promotion.path("deFacto").asBoolean()).isFalse();
        assertThat(promotion.path("documented").get(0).path("type").asText()).isEqualTo("PROMOTES_TO");

        JsonNode deFacto = move(answer.path("moves"), TECHNICIAN, PROFESSIONAL);
        assertThat(deFacto.path("deFacto").asBoolean()).isTrue();
        assertThat(deFacto.path("documented")).isEmpty();
        assertThat(deFacto.path("people").asInt()).isEqualTo(7);
        assertThat(deFacto.path("shareOfLeavers").asDouble()).isEqualTo(0.5385);
        // recorded, though it leads down a level: listed, flagged, never a route
        JsonNode down = move(answer.path("moves"), SUPERVISOR, TECHNICIAN);
        assertThat(down.path("levelChange").asInt()).isEqualTo(-1);
        assertThat(down.path("deFacto").asBoolean()).isTrue();

        assertThat(pairs(answer.path("notTaken")))
            .contains(SUPERVISOR + ">" + PROFESSIONAL, TECHNICIAN + ">mshp-senior-client-support-technician")
            .doesNotContain(ASSOCIATE + ">" + TECHNICIAN);
        // nobody left the Director Level 3 class, so the history says nothing about its
        // moves
        assertThat(pairs(answer.path("notTaken")))
            .noneMatch(p -> p.startsWith("mshp-director-of-strategy-and-planning-level-3>"));
    }

    @Test
    void aPeriodCountsOnlyItsYears() {
        JsonNode answer = http.getForObject("/api/pipeline/observed-moves?from=2024&to=2024", JsonNode.class);

        assertThat(answer.path("period").path("years").asInt()).isEqualTo(1);
        assertThat(answer.path("period").path("words").asText()).isEqualTo("in 2024");
        JsonNode promotion = move(answer.path("moves"), ASSOCIATE, TECHNICIAN);
        assertThat(promotion.path("people").asInt()).isEqualTo(5);
        assertThat(promotion.path("byYear").toString()).isEqualTo("{\"2024\":5}");
        // nobody moved from the supervisors to the managers in 2024
        assertThat(pairs(answer.path("notTaken"))).contains(SUPERVISOR + ">mshp-network-operations-manager");
    }

    @Test
    void filtersByAgencyAndByClassAtEitherEnd() {
        JsonNode city = http.getForObject("/api/pipeline/observed-moves?agency=city-ohr", JsonNode.class);
        assertThat(pairs(city.path("moves")))
            .containsExactly("city-ohr-senior-it-network-engineer>mshp-network-operations-manager");
        assertThat(pairs(city.path("notTaken")))
            .contains("city-ohr-senior-it-network-engineer>city-ohr-it-network-engineer-specialist");

        JsonNode supervisor = http.getForObject("/api/pipeline/observed-moves?class=Network Operations Supervisor",
                JsonNode.class);
        assertThat(supervisor.path("classId").asText()).isEqualTo(SUPERVISOR);
        assertThat(pairs(supervisor.path("moves"))).allMatch(p -> p.contains(SUPERVISOR)).hasSize(4);
    }

    @Test
    void answersCsvWithAColumnPerRecordedYear() {
        String csv = http.getForObject("/api/pipeline/observed-moves?format=csv", String.class);

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
            .isEqualTo("kind,fromId,fromTitle,fromAgency,toId,toTitle,toAgency,levelChange,documented,"
                    + "people,perYear,incumbents,shareOfIncumbents,shareOfLeavers,2022,2023,2024");
        assertThat(lines.get(1)).isEqualTo("documented," + ASSOCIATE + ",Associate Network Operations Technician,mshp,"
                + TECHNICIAN + ",Network Operations Technician,mshp,1,PROMOTES_TO,12,4.0,24,0.1667,0.8,4,3,5");
        assertThat(lines).anyMatch(l -> l.startsWith("de facto," + TECHNICIAN + ","))
            .anyMatch(l -> l.startsWith("not taken," + SUPERVISOR + ","))
            .hasSize(1 + 12 + 11);
    }

    @Test
    void badQuestionsAreProblems() {
        assertProblem(http.getForEntity("/api/pipeline/observed-moves?agency=nowhere", JsonNode.class), 404,
                "The graph holds no agency 'nowhere'");
        ResponseEntity<JsonNode> unknownClass = http
            .getForEntity("/api/pipeline/observed-moves?class=Network Operations " + "Technican Chief", JsonNode.class);
        assertThat(assertProblem(unknownClass, 404, "No class matches").path("suggestions")).isNotEmpty();
        assertProblem(http.getForEntity("/api/pipeline/observed-moves?from=2024&to=2022", JsonNode.class), 400,
                "2024 is after 2022");
        assertProblem(http.getForEntity("/api/pipeline/observed-moves?from=1800", JsonNode.class), 400, "1800");
        assertProblem(http.getForEntity("/api/pipeline/observed-moves?from=last", JsonNode.class), 400, "from");
    }

}
