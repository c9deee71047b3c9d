package org.careergraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careergraph.ProblemAssertions.assertProblem;
import static org.careergraph.pipeline.HandWorkedChain.A;
import static org.careergraph.pipeline.HandWorkedChain.B;
import static org.careergraph.pipeline.HandWorkedChain.C;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careergraph.GraphApiClient;
import org.careergraph.GraphApiTest;
import org.careergraph.HrUploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The manpower projection over HTTP: the hand-worked chain, the seed graph with HR data, and bad requests. */
@GraphApiTest
class ProjectionApiTests extends GraphApiClient {

    /** The chain of {@link HandWorkedChain} on the seed classes, with a what-if that removes the move A → B. */
    static final String HAND_WORKED = """
            {"years": 2, "target": "%s", "classes": ["%s", "%s"],
             "headcounts": {"%s": 100, "%s": 50, "%s": 10},
             "rates": [{"from": "%s", "to": "%s", "rate": 0.2}, {"from": "%s", "to": "%s", "rate": 0.1}],
             "attrition": {"%s": 0.1, "%s": 0.1, "%s": 0.05}, "hires": {"%s": 10},
             "whatIf": {"name": "no promotion from A", "removeMoves": [{"from": "%s", "to": "%s"}]}}
            """.formatted(C, A, B, A, B, C, A, B, B, C, A, B, C, A, A, B);

    @AfterEach
    void clearHrData() {
        HrUploads.clear(http);
    }

    ResponseEntity<JsonNode> project(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/pipeline/projection", new HttpEntity<>(json, headers), JsonNode.class);
    }

    static List<Double> numbers(JsonNode array, String field) {
        List<Double> numbers = new ArrayList<>();
        array.forEach(n -> numbers.add((field == null ? n : n.path(field)).isNull() ? null
                : (field == null ? n : n.path(field)).asDouble()));
        return numbers;
    }

    @Test
    void projectsTheHandWorkedChainWithItsFundamentalMatrix() {
        JsonNode answer = project(HAND_WORKED).getBody();

        JsonNode baseline = answer.path("baseline");
        assertThat(baseline.path("classes").findValuesAsText("id")).containsExactly(A, B, C);
        assertThat(numbers(baseline.path("classes").get(0).path("headcount"), null)).containsExactly(100.0, 80.0, 66.0);
        assertThat(numbers(baseline.path("classes").get(1).path("headcount"), null)).containsExactly(50.0, 60.0, 64.0);
        assertThat(numbers(baseline.path("classes").get(2).path("headcount"), null)).containsExactly(10.0, 14.5, 19.775);
        assertThat(baseline.path("transitions").findValuesAsText("source")).containsOnly("request");
        JsonNode reach = baseline.path("reach");
        assertThat(reach.path("classes").toString()).isEqualTo("[\"" + A + "\",\"" + B + "\"]");
        assertThat(reach.path("fundamental").toString()).isEqualTo("[[3.3333,3.3333],[0.0,5.0]]");
        assertThat(numbers(reach.path("feeders"), "probability")).containsExactly(0.3333, 0.5);
        assertThat(numbers(reach.path("feeders"), "expectedYears")).containsExactly(8.3333, 5.0);
        assertThat(numbers(reach.path("feeders"), "expectedYearsInService")).containsExactly(6.6667, 5.0);
        JsonNode whatIf = answer.path("whatIf");
        assertThat(whatIf.path("name").asText()).isEqualTo("no promotion from A");
        assertThat(numbers(whatIf.path("classes").get(1).path("headcount"), null)).containsExactly(50.0, 40.0, 32.0);
        assertThat(numbers(whatIf.path("reach").path("feeders"), "probability")).containsExactly(0.0, 0.5);
        assertThat(numbers(whatIf.path("reach").path("feeders"), "expectedYears")).containsExactly(null, 5.0);
    }

    @Test
    void answersTheProjectionSideBySideAsCsv() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String csv = http.postForObject("/api/pipeline/projection?format=csv", new HttpEntity<>(HAND_WORKED, headers),
                String.class);

        assertThat(csv.split("\r\n")).containsExactly(
                "year,id,title,authorized,baselineHeadcount,baselineVacancies,whatIfHeadcount,whatIfVacancies",
                "0," + A + ",Associate Network Operations Technician,,100.0,,100.0,",
                "0," + B + ",Network Operations Technician,,50.0,,50.0,",
                "0," + C + ",Network Operations Supervisor,,10.0,,10.0,",
                "1," + A + ",Associate Network Operations Technician,,80.0,,100.0,",
                "1," + B + ",Network Operations Technician,,60.0,,40.0,",
                "1," + C + ",Network Operations Supervisor,,14.5,,14.5,",
                "2," + A + ",Associate Network Operations Technician,,66.0,,100.0,",
                "2," + B + ",Network Operations Technician,,64.0,,32.0,",
                "2," + C + ",Network Operations Supervisor,,19.775,,17.775,");
    }

    @Test
    void aFiveYearProjectionForDirectorLevel3UsesHeadcountsHistoryAndDefaults() {
        HrUploads.upload(http, Map.of("headcounts", HrUploads.sample("headcounts"), "history", HrUploads.sample("history")));

        JsonNode answer = project("""
                {"target": "Director Level 3", "whatIf": {"name": "no bridge from Network Operations",
                 "removeMoves": [{"from": "Network Operations Manager", "to": "Director of Strategy and Planning Level 1"}]}}
                """).getBody();

        assertThat(answer.path("years").asInt()).isEqualTo(5);
        assertThat(answer.path("warnings")).isEmpty();
        JsonNode baseline = answer.path("baseline");
        // the whole feeder pool (within 12 moves) and the target itself
        assertThat(baseline.path("classes")).hasSize(15);
        JsonNode promotion = baseline.path("transitions").get(0);
        for (JsonNode t : baseline.path("transitions")) {
            if (t.path("from").asText().equals(ASSOCIATE) && t.path("type").asText().equals("PROMOTES_TO")) {
                promotion = t;
            }
        }
        // 4 + 3 + 5 people over the 3 recorded years, out of 24 incumbents
        assertThat(promotion.toString()).isEqualTo("{\"from\":\"" + ASSOCIATE + "\",\"to\":\"mshp-network-operations-"
                + "technician\",\"type\":\"PROMOTES_TO\",\"rate\":0.1667,\"source\":\"history\"}");
        assertThat(baseline.path("transitions").findValuesAsText("source")).contains("default");
        JsonNode director = FeederApiTests.byId(baseline.path("classes"), "mshp-director-of-strategy-and-planning-level-3");
        assertThat(director.path("headcount")).hasSize(6);
        assertThat(director.path("vacancies").get(0).asDouble()).isZero();
        // without the bridge, and with no recorded lateral move out of Network Operations, the associates are cut off
        assertThat(probability(baseline, ASSOCIATE)).isEqualTo(0.011);
        assertThat(probability(answer.path("whatIf"), ASSOCIATE)).isZero();
        assertThat(probability(answer.path("whatIf"), "mshp-client-support-technician")).isPositive()
                .isLessThan(probability(baseline, "mshp-client-support-technician"));
    }

    static double probability(JsonNode result, String id) {
        for (JsonNode f : result.path("reach").path("feeders")) {
            if (f.path("id").asText().equals(id)) {
                return f.path("probability").asDouble();
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void badRequestsAreProblemDetails() {
        assertProblem(project("{\"years\": 0, \"rates\": [{\"from\": \"" + A + "\", \"to\": \"" + B + "\", \"rate\": 1.5}]}"),
                400, "'rates[0].rate' must be less than or equal to 1; 'years' must be greater than or equal to 1");
        assertProblem(project("{\"yeras\": 3}"), 400, "unknown field 'yeras'");
        assertProblem(project("{\"years\": \"many\"}"), 400, "'years' has the wrong type or format");
        assertProblem(project("{\"rates\": [{\"from\": \"" + C + "\", \"to\": \"" + A + "\", \"rate\": 0.1}]}"), 400,
                "there is no move from '" + C + "' to '" + A + "'");
        assertProblem(project("{\"classes\": [\"" + A + "\"], \"attrition\": {\"" + C + "\": 0.1}}"), 400,
                "'attrition' names '" + C + "', which is not among the classes of the projection");
        assertProblem(project("{\"classes\": [\"" + A + "\", \"" + B + "\"], \"attrition\": {\"" + A + "\": 0.95}}"),
                400, "add up to more than everyone");
        JsonNode unknown = assertProblem(project("{\"target\": \"Chief Astronaut Level 3\"}"), 404, "No class matches");
        assertThat(unknown.path("suggestions")).isNotEmpty();
    }
}
