package org.careergraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careergraph.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.careergraph.GraphApiClient;
import org.careergraph.GraphApiTest;
import org.junit.jupiter.api.Test;

/**
 * The bounded ladders the explorer draws: focus, moves, collapsed families, the cap and
 * bad parameters.
 */
@GraphApiTest
class LadderApiTests extends GraphApiClient {

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.path(field).asText()));
        return values;
    }

    static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    @Test
    void drawsAFamilyWithItsMovesAndCollapsesTheFamiliesAroundIt() {
        JsonNode ladder = get("/api/graph?family={f}", "mshp-network-operations").getBody();

        assertThat(ladder.path("total").asInt()).isEqualTo(4);
        assertThat(ladder.path("truncated").asBoolean()).isFalse();
        assertThat(texts(ladder.path("classes"), "id")).containsExactly("mshp-associate-network-operations-technician",
                "mshp-network-operations-technician", "mshp-network-operations-supervisor",
                "mshp-network-operations-manager");
        JsonNode first = ladder.path("classes").get(0);
        assertThat(first.path("familyId").asText()).isEqualTo("mshp-network-operations");
        assertThat(first.path("level").asInt()).isEqualTo(1);
        assertThat(values(first.path("tracks"))).containsExactly("Technical");
        assertThat(ladder.path("moves")).hasSize(3);
        ladder.path("moves").forEach(m -> {
            assertThat(m.path("type").asText()).isEqualTo("PROMOTES_TO");
            assertThat(m.path("basis").asText()).isNotBlank();
            assertThat(m.path("source").path("file").asText()).isEqualTo("000_d8ac1a38b8960dfb.txt");
        });
        assertThat(texts(ladder.path("collapsed"), "familyId")).contains("mshp-it-management", "mshp-technical-support",
                "city-ohr-it-network-engineer", "coh-information-technology-infrastructure");
        JsonNode management = collapsed(ladder, "mshp-it-management");
        assertThat(management.path("classes").asInt()).isEqualTo(5);
        assertThat(management.path("level").asInt()).isEqualTo(5);
        assertThat(values(management.path("drawn"))).containsExactly("mshp-network-operations-manager");
    }

    static JsonNode collapsed(JsonNode ladder, String familyId) {
        for (JsonNode group : ladder.path("collapsed")) {
            if (group.path("familyId").asText().equals(familyId)) {
                return group;
            }
        }
        throw new AssertionError(familyId + " is not collapsed");
    }

    @Test
    void drawsTheWholeLadderOfEveryIncludedClass() {
        JsonNode ladder = get("/api/graph?include={a},{b}&ladders=true", "mshp-associate-network-operations-technician",
                "mshp-director-of-strategy-and-planning-level-3")
            .getBody();

        assertThat(ladder.path("total").asInt()).isEqualTo(9);
        assertThat(texts(ladder.path("classes"), "familyId")).containsOnly("mshp-network-operations",
                "mshp-it-management");
        assertThat(ladder.path("moves").toString()).contains("bridges.csv");
        assertThat(texts(ladder.path("collapsed"), "familyId")).doesNotContain("mshp-it-management");
    }

    @Test
    void drawsAWholeAgencyAndLateralAndPeerMovesBetweenDrawnClasses() {
        JsonNode ladder = get("/api/graph?agency=mshp&agency=coh").getBody();

        assertThat(ladder.path("total").asInt()).isEqualTo(19);
        List<String> types = texts(ladder.path("moves"), "type");
        assertThat(types).contains("PROMOTES_TO", "SAME_GRADE", "PEER_OF");
        assertThat(texts(ladder.path("collapsed"), "familyId")).containsExactly("city-ohr-it-network-engineer");
    }

    @Test
    void neverDrawsMoreThanTheCapAndSaysSo() {
        JsonNode ladder = get("/api/graph?agency=mshp&include={id}&limit=3", "coh-it-lead-infrastructure").getBody();

        assertThat(ladder.path("total").asInt()).isEqualTo(14);
        assertThat(ladder.path("truncated").asBoolean()).isTrue();
        assertThat(ladder.path("classes")).hasSize(3);
        assertThat(ladder.path("classes").get(0).path("id").asText()).isEqualTo("coh-it-lead-infrastructure");
    }

    @Test
    void listsAgenciesAndTheirFamilies() {
        JsonNode agencies = get("/api/graph/agencies").getBody();
        assertThat(texts(agencies, "code")).containsExactly("mshp", "coh", "city-ohr");
        assertThat(agencies.get(0).path("classes").asInt()).isEqualTo(13);
        assertThat(agencies.get(0).path("families").asInt()).isEqualTo(3);

        JsonNode families = get("/api/graph/agencies/mshp/families").getBody();
        assertThat(texts(families, "id")).containsExactly("mshp-network-operations", "mshp-technical-support",
                "mshp-it-management");
        assertThat(families.get(2).path("lowestLevel").asInt()).isEqualTo(5);
        assertThat(families.get(2).path("highestLevel").asInt()).isEqualTo(9);
    }

    @Test
    void badParametersAre400ProblemDetails() {
        assertProblem(get("/api/graph"), 400, "Name what to draw");
        assertProblem(get("/api/graph?agency=&family="), 400, "Name what to draw");
        assertProblem(get("/api/graph?agency=mshp&limit=0"), 400, "'limit' must be between 1 and 500");
        assertProblem(get("/api/graph?agency=mshp&limit=501"), 400, "'limit' must be between 1 and 500");
        assertProblem(get("/api/graph?agency=mshp&limit=many"), 400, "limit");
        assertProblem(get("/api/graph?agency=nowhere&family=mshp-it-management&include=astronaut"), 400,
                "The graph holds no agency 'nowhere'; no class 'astronaut'");
        assertProblem(get("/api/graph?include={ids}", numbered(51)), 400, "at most 50");
    }

    static String numbered(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("class-" + i);
        }
        return String.join(",", ids);
    }

    @Test
    void unknownAgencyHasNoFamilies() {
        assertProblem(get("/api/graph/agencies/nowhere/families"), 404, "no agency 'nowhere'");
    }

}
