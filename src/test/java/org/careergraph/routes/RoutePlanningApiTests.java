package org.careergraph.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careergraph.ProblemAssertions.assertProblem;
import static org.careergraph.routes.RouteApiTests.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careergraph.GraphApiClient;
import org.careergraph.GraphApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

@GraphApiTest
class RoutePlanningApiTests extends GraphApiClient {

    JsonNode routes(String query, Object... variables) {
        ResponseEntity<JsonNode> response = get("/api/routes?" + query, variables);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    @Test
    void givesDistinctAlternativesBestFirstWithEveryCost() {
        JsonNode body = routes("from={f}&to={t}&k=5", TECHNICIAN, "Director Level 3");

        JsonNode routes = body.path("routes");
        assertThat(routes.size()).isBetween(2, 5);
        Set<List<String>> distinct = new HashSet<>();
        double previous = 0;
        for (JsonNode route : routes) {
            assertThat(distinct.add(ids(route))).isTrue();
            double cost = route.path("cost").path("moves").asDouble();
            assertThat(cost).isGreaterThanOrEqualTo(previous);
            previous = cost;
            assertThat(route.path("cost").has("years")).isTrue();
            assertThat(route.path("cost").has("grades")).isTrue();
        }
        assertThat(routes.get(0).path("moves").asInt()).isEqualTo(5);
        assertThat(routes.get(0).path("cost").path("moves").asDouble()).isEqualTo(5.0);
    }

    @Test
    void ranksByRequiredYearsWhenAsked() {
        JsonNode body = routes("from={f}&to={t}&k=5&rank=years", TECHNICIAN, "Director Level 3");

        assertThat(body.path("rank").asText()).isEqualTo("years");
        List<Double> years = new ArrayList<>();
        body.path("routes").forEach(r -> years.add(r.path("cost").path("years").asDouble()));
        assertThat(years).isSorted();
    }

    @Test
    void keepsToTheTechnicalTrackInsideTheSearch() {
        JsonNode body = routes("from={f}&to={t}&track=technical&k=3", "Staff IT Network Engineer",
                "IT Network Engineer Specialist");

        assertThat(body.path("routes")).isNotEmpty();
        body.path("routes")
            .forEach(route -> route.path("steps")
                .forEach(step -> assertThat(step.path("id").asText()).isNotIn("mshp-network-operations-supervisor")));
        JsonNode technicalOnly = routes("from={f}&to={t}&track=technical", TECHNICIAN, "Director Level 3");
        assertThat(technicalOnly.path("routes")).isEmpty();
        assertThat(technicalOnly.path("reason").asText()).contains("on the Technical track");
        JsonNode management = routes("from={f}&to={t}&track=management", TECHNICIAN, "Director Level 3");
        management.path("routes")
            .get(0)
            .path("steps")
            .forEach(
                    step -> assertThat(step.path("id").asText()).isNotEqualTo("mshp-senior-client-support-technician"));
    }

    @Test
    void findsALongerValidRouteWhenTheShortestUsesAForbiddenMove() {
        JsonNode any = routes("from={f}&to={t}", "Client Support Technician", "Network Operations Supervisor");
        JsonNode promotionsOnly = routes("from={f}&to={t}&moves=promotion", "Client Support Technician",
                "Client Support Manager");

        assertThat(any.path("routes").get(0).path("moves").asInt()).isEqualTo(2);
        JsonNode route = promotionsOnly.path("routes").get(0);
        assertThat(route.path("moves").asInt()).isEqualTo(3);
        route.path("steps").forEach(s -> assertThat(s.path("move").asText("PROMOTES_TO")).isEqualTo("PROMOTES_TO"));
        JsonNode noLateral = routes("from={f}&to={t}&moves=promotion", "Client Support Technician",
                "Network Operations Supervisor");
        assertThat(noLateral.path("routes")).isEmpty();
    }

    @Test
    void staysInTheAgencyWhenCrossAgencyIsOff() {
        JsonNode across = routes("from={f}&to={t}", "Associate Network Operations Technician",
                "IT Specialist Infrastructure");
        JsonNode within = routes("from={f}&to={t}&crossAgency=false", "Associate Network Operations Technician",
                "IT Specialist Infrastructure");

        assertThat(across.path("routes").get(0).toString()).contains("PEER_OF");
        assertThat(within.path("routes")).isEmpty();
        assertThat(within.path("reason").asText()).contains("within mshp");
    }

    @Test
    void respectsTheMoveCap() {
        JsonNode capped = routes("from={f}&to={t}&maxMoves=5", "Associate Network Operations Technician",
                "Director Level 3");

        assertThat(capped.path("routes")).isEmpty();
        assertThat(capped.path("reason").asText()).contains("more than the 5 moves allowed");
    }

    @Test
    void tellsAPersonWithAnAssociatesAndThreeYearsWhatEachStepNeedsAndWhen() {
        JsonNode body = routes("from={f}&to={t}&k=3&education=associate&years=3", TECHNICIAN, "Director Level 3");

        JsonNode best = body.path("routes").get(0);
        assertThat(ids(best)).containsExactly(TECHNICIAN, "mshp-network-operations-supervisor",
                "mshp-network-operations-manager", "mshp-director-of-strategy-and-planning-level-1",
                "mshp-director-of-strategy-and-planning-level-2", "mshp-director-of-strategy-and-planning-level-3");
        JsonNode supervisor = best.path("steps").get(1).path("eligibility");
        assertThat(supervisor.path("meetsNow").asBoolean()).isFalse();
        assertThat(supervisor.path("earliestYear").asDouble()).isEqualTo(4.0);
        assertThat(supervisor.path("missing").toString()).contains("bachelor's degree");
        JsonNode director3 = best.path("steps").get(5).path("eligibility");
        assertThat(director3.path("requirement").asText()).isEqualTo("bachelor's degree and 10 years of experience");
        assertThat(director3.path("earliestYear").asDouble()).isEqualTo(9.0);
        assertThat(best.path("estimatedYears").asDouble()).isEqualTo(9.0);
        assertThat(best.path("steps").get(0).has("eligibility")).isFalse();
    }

    @Test
    void badParametersAre400ProblemDetails() {
        assertProblem(get("/api/routes?from={f}&to={t}&k=11", TECHNICIAN, "Director Level 3"), 400,
                "'k' must be between 1 and 10");
        assertProblem(get("/api/routes?from={f}&to={t}&rank=salary", TECHNICIAN, "Director Level 3"), 400,
                "'rank' must be one of moves, years, grades");
        assertProblem(get("/api/routes?from={f}&to={t}&track=sideways", TECHNICIAN, "Director Level 3"), 400,
                "'track'");
        assertProblem(get("/api/routes?from={f}&to={t}&moves=teleport", TECHNICIAN, "Director Level 3"), 400,
                "'moves'");
        assertProblem(get("/api/routes?from={f}&to={t}&maxMoves=0", TECHNICIAN, "Director Level 3"), 400, "'maxMoves'");
        assertProblem(get("/api/routes?from={f}&to={t}&education=phd&years=3", TECHNICIAN, "Director Level 3"), 400,
                "'education'");
        assertProblem(get("/api/routes?from={f}&to={t}&years=3", TECHNICIAN, "Director Level 3"), 400,
                "'education' is needed");
        assertProblem(get("/api/routes?from={f}&to={t}&education=bachelor&years=-1", TECHNICIAN, "Director Level 3"),
                400, "years");
        assertProblem(get("/api/routes?from={f}&to={t}&k=two", TECHNICIAN, "Director Level 3"), 400, "k");
    }

    @Test
    void listsNextMovesGroupedByKindWithRequirementsAndBasis() {
        JsonNode next = get("/api/classes/{id}/next", TECHNICIAN).getBody();

        assertThat(next.path("PROMOTES_TO").get(0).path("id").asText()).isEqualTo("mshp-network-operations-supervisor");
        assertThat(next.path("PROMOTES_TO").get(0).path("requirements").path("years").asInt()).isEqualTo(5);
        assertThat(next.path("PROMOTES_TO").get(0).path("basis").asText()).contains("Network Operations ladder");
        assertThat(next.path("SAME_GRADE").toString()).contains("mshp-senior-client-support-technician");
        assertThat(next.path("PEER_OF").toString()).contains("city-ohr-associate-it-network-engineer");
        assertProblem(get("/api/classes/{id}/next", "no-such-class"), 404, "No class matches");
    }

    @Test
    void listsEverythingReachableWithinNMovesWithDistance() {
        JsonNode reachable = get("/api/classes/{id}/reachable?maxMoves=2",
                "mshp-associate-network-operations-technician")
            .getBody();

        List<String> atOne = new ArrayList<>();
        reachable.forEach(r -> {
            assertThat(r.path("distance").asInt()).isBetween(1, 2);
            if (r.path("distance").asInt() == 1) {
                atOne.add(r.path("id").asText());
            }
        });
        assertThat(atOne).containsExactlyInAnyOrder(TECHNICIAN, "city-ohr-staff-it-network-engineer",
                "coh-it-associate-infrastructure");
        assertThat(reachable.toString()).contains("mshp-network-operations-supervisor").doesNotContain("director");
        assertProblem(get("/api/classes/{id}/reachable?maxMoves=9", TECHNICIAN), 400, "maxMoves");
    }

}
