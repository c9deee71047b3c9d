package org.careergraph.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careergraph.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.careergraph.GraphApiClient;
import org.careergraph.GraphApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

@GraphApiTest
class RouteApiTests extends GraphApiClient {

    static List<String> ids(JsonNode route) {
        List<String> ids = new ArrayList<>();
        route.path("steps").forEach(s -> ids.add(s.path("id").asText()));
        return ids;
    }

    @Test
    void findsTheShortestRouteFromAssociateTechnicianToDirectorLevel3() {
        ResponseEntity<JsonNode> response = get("/api/routes?from={f}&to={t}",
                "Associate Network Operations Technician", "Director Level 3");

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode body = response.getBody();
        assertThat(body.path("from").path("id").asText()).isEqualTo(ASSOCIATE);
        assertThat(body.path("to").path("id").asText()).isEqualTo(DIRECTOR_3);
        JsonNode route = body.path("routes").get(0);
        assertThat(route.path("moves").asInt()).isEqualTo(6);
        assertThat(ids(route)).containsExactly(ASSOCIATE, "mshp-network-operations-technician",
                "mshp-network-operations-supervisor", "mshp-network-operations-manager",
                "mshp-director-of-strategy-and-planning-level-1", "mshp-director-of-strategy-and-planning-level-2",
                DIRECTOR_3);
        assertThat(route.path("steps").get(0).path("move").isNull()).isTrue();
        route.path("steps").forEach(step -> {
            if (!step.path("id").asText().equals(ASSOCIATE)) {
                assertThat(step.path("move").asText()).isEqualTo("PROMOTES_TO");
                assertThat(step.path("basis").asText()).isNotBlank();
            }
        });
        assertThat(route.path("steps").get(4).path("source").path("file").asText()).isEqualTo("bridges.csv");
        assertThat(route.path("steps").get(1).path("grades")).hasSize(4);
    }

    @Test
    void acceptsIdsAsWellAsTitles() {
        JsonNode body = get("/api/routes?from={f}&to={t}", ASSOCIATE, DIRECTOR_3).getBody();

        assertThat(body.path("routes").get(0).path("moves").asInt()).isEqualTo(6);
    }

    @Test
    void prefersPromotionsAndUsesLateralMovesWhenTheyAreTheOnlyWay() {
        JsonNode body = get("/api/routes?from={f}&to={t}", "Client Support Technician", "Network Operations Supervisor")
            .getBody();

        JsonNode route = body.path("routes").get(0);
        assertThat(route.path("moves").asInt()).isEqualTo(2);
        List<String> moves = new ArrayList<>();
        route.path("steps").forEach(s -> moves.add(s.path("move").asText(null)));
        assertThat(moves).containsExactlyInAnyOrder(null, "SAME_GRADE", "PROMOTES_TO");
    }

    @Test
    void answersNoRouteDownwardWithAReason() {
        ResponseEntity<JsonNode> response = get("/api/routes?from={f}&to={t}", DIRECTOR_3, ASSOCIATE);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody().path("routes")).isEmpty();
        assertThat(response.getBody().path("reason").asText()).contains("never move downward");
    }

    @Test
    void answersNoRouteBetweenUnconnectedLaddersWithAReason() {
        JsonNode body = get("/api/routes?from={f}&to={t}", "IT Network Engineer Specialist", "Director Level 3")
            .getBody();

        assertThat(body.path("routes")).isEmpty();
        assertThat(body.path("reason").asText())
            .startsWith("No route of at most 12 moves leads from IT Network Engineer Specialist");
    }

    @Test
    void unknownClassIs404WithSuggestions() {
        JsonNode problem = assertProblem(
                get("/api/routes?from={f}&to={t}", "Network Operations Technican Chief", "Astronaut"), 404,
                "No class matches");

        assertThat(problem.path("suggestions").isArray()).isTrue();
        assertThat(problem.path("suggestions").get(0).path("id").asText()).startsWith("mshp-network-operations");
    }

    @Test
    void ambiguousClassIs400ListingTheCandidates() {
        JsonNode problem = assertProblem(get("/api/routes?from={f}&to={t}", ASSOCIATE, "Director Level 4"), 400,
                "matches 2 classes");

        List<String> candidates = new ArrayList<>();
        problem.path("candidates").forEach(c -> candidates.add(c.path("id").asText()));
        assertThat(candidates).containsExactlyInAnyOrder("mshp-director-of-strategy-and-planning-level-4",
                "mshp-division-assistant-director-director-of-strategy-and-planning-level-4");
    }

    @Test
    void missingOrBlankParametersAre400() {
        assertProblem(get("/api/routes?from={f}", ASSOCIATE), 400, "to");
        assertProblem(get("/api/routes?from=&to={t}", DIRECTOR_3), 400, "from");
        assertProblem(get("/api/routes?from={f}&to={t}", ASSOCIATE, ASSOCIATE), 400, "choose two different classes");
    }

}
