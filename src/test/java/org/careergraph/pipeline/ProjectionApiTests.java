package org.careergraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careergraph.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.within;
import static org.careergraph.pipeline.HandWorkedGraph.A;
import static org.careergraph.pipeline.HandWorkedGraph.B;
import static org.careergraph.pipeline.HandWorkedGraph.C;
import static org.careergraph.pipeline.HandWorkedGraph.D;
import static org.careergraph.pipeline.HandWorkedGraph.X;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.careergraph.GraphApiClient;
import org.careergraph.GraphApiTest;
import org.careergraph.HrUploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The manpower projection over HTTP: the hand-worked pool, the seed graph with HR data,
 * answers that reproduce themselves and do not depend on the pool asked, and bad
 * requests.
 */
@GraphApiTest
class ProjectionApiTests extends GraphApiClient {

    static final String DIVISION_ASSISTANT_DIRECTOR = "mshp-division-assistant-director-director-of-strategy-and-"
            + "planning-level-4";
    static final double EXACT = 1e-9;

    /**
     * The pool of {@link HandWorkedGraph} on the seed classes, every other move out of
     * them at 0, with a what-if that removes the move A → B.
     */
    static final String HAND_WORKED = """
            {"years": 2, "target": "%s", "classes": ["%s", "%s", "%s"],
             "headcounts": {"%s": 100, "%s": 50, "%s": 10, "%s": 5},
             "rates": [%s],
             "attrition": {"%s": 0.1, "%s": 0.1, "%s": 0.05, "%s": 0}, "hires": {"%s": 10},
             "whatIf": {"name": "no promotion from A", "removeMoves": [{"from": "%s", "to": "%s"}]}}
            """.formatted(C, A, B, D, A, B, C, D,
            rates(A, B, 0.2, A, X, 0.1, A, "coh-it-associate-infrastructure", 0, B, C, 0.1, B, D, 0.1, B,
                    "city-ohr-associate-it-network-engineer", 0, B, "coh-it-specialist-infrastructure", 0, C,
                    "mshp-client-support-professional", 0, C, "mshp-network-operations-manager", 0, D,
                    "mshp-client-support-professional", 0, D, B, 0, D, C, 0),
            A, B, C, D, A, A, B);

    @AfterEach
    void clearHrData() {
        HrUploads.clear(http);
    }

    static String rates(Object... fromToRate) {
        List<String> rates = new ArrayList<>();
        for (int i = 0; i < fromToRate.length; i += 3) {
            rates.add("{\"from\": \"%s\", \"to\": \"%s\", \"rate\": %s}".formatted(fromToRate[i], fromToRate[i + 1],
                    fromToRate[i + 2]));
        }
        return String.join(", ", rates);
    }

    ResponseEntity<JsonNode> project(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/pipeline/projection", new HttpEntity<>(json, headers), JsonNode.class);
    }

    static List<Double> numbers(JsonNode array, String field) {
        List<Double> numbers = new ArrayList<>();
        array.forEach(n -> numbers
            .add((field == null ? n : n.path(field)).isNull() ? null : (field == null ? n : n.path(field)).asDouble()));
        return numbers;
    }

    static double[] close(JsonNode array) {
        return numbers(array, null).stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void projectsTheHandWorkedPoolWithItsOutflowAndTheClassNobodyLeaves() {
        ResponseEntity<JsonNode> response = project(HAND_WORKED);
        JsonNode answer = response.getBody();

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode baseline = answer.path("baseline");
        JsonNode classes = baseline.path("classes");
        // by level, then id: D is a level below C
        assertThat(classes.findValuesAsText("id")).containsExactly(A, B, D, C);
        assertThat(close(classes.get(0).path("headcount"))).containsExactly(new double[] { 100.0, 70.0, 52.0 },
                within(EXACT));
        assertThat(close(classes.get(1).path("headcount"))).containsExactly(new double[] { 50.0, 55.0, 52.5 },
                within(EXACT));
        assertThat(close(classes.get(2).path("headcount"))).containsExactly(new double[] { 5.0, 10.0, 15.5 },
                within(EXACT));
        assertThat(close(classes.get(3).path("headcount"))).containsExactly(new double[] { 10.0, 14.5, 19.275 },
                within(EXACT));
        JsonNode outflow = classes.get(0).path("outflows");
        assertThat(outflow.findValuesAsText("to")).containsExactly(X, "coh-it-associate-infrastructure");
        assertThat(outflow.get(0).path("title").asText()).isEqualTo("Staff IT Network Engineer");
        assertThat(close(outflow.get(0).path("people"))).containsExactly(new double[] { 0.0, 10.0, 7.0 },
                within(EXACT));
        assertThat(close(classes.get(0).path("leavers"))).containsExactly(new double[] { 0.0, 10.0, 7.0 },
                within(EXACT));
        assertThat(close(baseline.path("totals"))).containsExactly(new double[] { 165.0, 149.5, 139.275 },
                within(EXACT));
        assertThat(close(baseline.path("leavers"))).containsExactly(new double[] { 0.0, 15.5, 13.225 }, within(EXACT));
        assertThat(close(baseline.path("outflow"))).containsExactly(new double[] { 0.0, 10.0, 7.0 }, within(EXACT));
        assertThat(numbers(baseline.path("hired"), null)).containsExactly(0.0, 10.0, 10.0);
        assertThat(baseline.path("transitions").findValuesAsText("source")).containsOnly("request");
        JsonNode reach = baseline.path("reach");
        assertThat(reach.path("classes").toString()).isEqualTo("[\"" + A + "\",\"" + B + "\"]");
        assertThat(close(reach.path("fundamental").get(0))).containsExactly(new double[] { 2.5, 5.0 / 3 },
                within(EXACT));
        assertThat(close(reach.path("fundamental").get(1))).containsExactly(new double[] { 0.0, 10.0 / 3 },
                within(EXACT));
        JsonNode feeders = reach.path("feeders");
        assertThat(feeders.findValuesAsText("id")).containsExactly(A, B, D);
        assertThat(numbers(feeders, "probability").stream().mapToDouble(Double::doubleValue).toArray())
            .containsExactly(new double[] { 1.0 / 6, 1.0 / 3, 0.0 }, within(EXACT));
        assertThat(feeders.get(0).path("expectedYears").asDouble()).isCloseTo(35.0 / 6, within(EXACT));
        assertThat(feeders.get(1).path("expectedYears").asDouble()).isCloseTo(10.0 / 3, within(EXACT));
        assertThat(feeders.get(2).path("expectedYears").isNull()).isTrue();
        assertThat(numbers(feeders, "expectedYearsInService")).containsExactly(null, null, null);
        assertThat(feeders.get(0).path("reasons").path("expectedYearsInService").asText()).startsWith("infinite: ")
            .contains(D);
        assertThat(feeders.get(2).path("reasons").path("expectedYears").asText()).contains("nobody leaves this class");
        JsonNode whatIf = answer.path("whatIf");
        assertThat(whatIf.path("name").asText()).isEqualTo("no promotion from A");
        assertThat(close(whatIf.path("classes").get(0).path("headcount")))
            .containsExactly(new double[] { 100.0, 90.0, 82.0 }, within(EXACT));
        assertThat(close(whatIf.path("classes").get(1).path("headcount")))
            .containsExactly(new double[] { 50.0, 35.0, 24.5 }, within(EXACT));
        assertThat(numbers(whatIf.path("reach").path("feeders"), "probability").get(0)).isZero();
        assertThat(numbers(whatIf.path("reach").path("feeders"), "expectedYears").get(0)).isNull();
        assertThat(whatIf.path("reach").path("feeders").get(1).path("expectedYears").asDouble()).isCloseTo(10.0 / 3,
                within(EXACT));
    }

    @Test
    void answersTheProjectionSideBySideAsCsv() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String csv = http.postForObject("/api/pipeline/projection?format=csv", new HttpEntity<>(HAND_WORKED, headers),
                String.class);

        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(13);
        assertThat(lines[0]).isEqualTo("year,id,title,authorized,baselineHeadcount,baselineVacancies,baselineLeavers,"
                + "baselineOutflow,whatIfHeadcount,whatIfVacancies,whatIfLeavers,whatIfOutflow");
        assertThat(lines[1])
            .isEqualTo("0," + A + ",Associate Network Operations Technician,,100.0,,0.0,0.0,100.0,,0.0,0.0");
        assertThat(lines[5])
            .isEqualTo("1," + A + ",Associate Network Operations Technician,,70.0,,10.0,10.0,90.0,,10.0,10.0");
        assertThat(lines[9])
            .isEqualTo("2," + A + ",Associate Network Operations Technician,,52.0,,7.0,7.0,82.0,,9.0,9.0");
        assertThat(lines[11]).isEqualTo("2," + D + ",Senior Client Support Technician,,15.5,,0.0,0.0,13.5,,0.0,0.0");
    }

    @Test
    void aFiveYearProjectionForDirectorLevel3UsesHeadcountsHistoryAndDefaults() {
        HrUploads.uploadSampleHistory(http);

        JsonNode answer = project(
                """
                        {"target": "Director Level 3", "whatIf": {"name": "no bridge from Network Operations",
                         "removeMoves": [{"from": "Network Operations Manager", "to": "Director of Strategy and Planning Level 1"}]}}
                        """)
            .getBody();

        assertThat(answer.path("years").asInt()).isEqualTo(5);
        assertThat(answer.path("warnings")).isEmpty();
        JsonNode baseline = answer.path("baseline");
        // the whole feeder pool (within 12 moves) and the target itself
        assertThat(baseline.path("classes")).hasSize(15);
        JsonNode promotion = transition(baseline, ASSOCIATE, "mshp-network-operations-technician");
        // 4 + 3 + 5 people over the 3 recorded years, out of 24 incumbents, at full
        // precision
        assertThat(promotion.toString()).isEqualTo("{\"from\":\"" + ASSOCIATE + "\",\"to\":\"mshp-network-operations-"
                + "technician\",\"type\":\"PROMOTES_TO\",\"rate\":" + 12.0 / 3 / 24 + ",\"source\":\"history\","
                + "\"leavesPool\":false}");
        assertThat(baseline.path("transitions").findValuesAsText("source")).contains("default");
        // the promotion to Level 4 leaves the pool: Level 3's people move on
        JsonNode level3 = FeederApiTests.byId(baseline.path("classes"), DIRECTOR_3);
        assertThat(level3.path("outflows").findValuesAsText("to")).containsExactly(DIVISION_ASSISTANT_DIRECTOR);
        assertThat(level3.path("outflows").get(0).path("rate").asDouble()).isEqualTo(0.1);
        assertThat(transition(baseline, DIRECTOR_3, DIVISION_ASSISTANT_DIRECTOR).path("leavesPool").asBoolean())
            .isTrue();
        assertThat(level3.path("headcount")).hasSize(6);
        assertThat(level3.path("vacancies").get(0).asDouble()).isZero();
        // without the bridge, and with no recorded lateral move out of Network
        // Operations, the associates are cut off
        assertThat(probability(baseline, ASSOCIATE)).isPositive();
        assertThat(probability(answer.path("whatIf"), ASSOCIATE)).isZero();
        assertThat(probability(answer.path("whatIf"), "mshp-client-support-technician")).isPositive()
            .isLessThan(probability(baseline, "mshp-client-support-technician"));
    }

    @Test
    void feedingAnAnswersOwnTransitionsBackAsRatesReproducesIt() {
        HrUploads.uploadSampleHistory(http);
        String asked = "{\"target\": \"Director Level 3\", \"years\": 8, \"hires\": {\"" + ASSOCIATE + "\": 4}";
        JsonNode first = project(asked + "}").getBody().path("baseline");

        List<String> rates = new ArrayList<>();
        first.path("transitions")
            .forEach(t -> rates.add("{\"from\": \"" + t.path("from").asText() + "\", \"to\": \"" + t.path("to").asText()
                    + "\", \"rate\": " + t.path("rate").toString() + "}"));
        JsonNode again = project(asked + ", \"rates\": [" + String.join(", ", rates) + "]}").getBody().path("baseline");

        assertThat(again.path("transitions").findValuesAsText("source")).containsOnly("request");
        for (String field : List.of("totals", "hired", "leavers", "outflow", "reach")) {
            assertThat(again.path(field)).as(field).isEqualTo(first.path(field));
        }
        for (int i = 0; i < first.path("classes").size(); i++) {
            ObjectNode was = (ObjectNode) first.path("classes").get(i).deepCopy();
            ObjectNode is = (ObjectNode) again.path("classes").get(i).deepCopy();
            was.path("outflows").forEach(o -> ((ObjectNode) o).remove("source"));
            is.path("outflows").forEach(o -> ((ObjectNode) o).remove("source"));
            assertThat(is).isEqualTo(was);
        }
    }

    @Test
    void aClassProjectsTheSameWhateverTargetIsAsked() {
        HrUploads.uploadSampleHistory(http);

        JsonNode asTarget = project("{\"target\": \"" + DIRECTOR_3 + "\"}").getBody().path("baseline");
        JsonNode belowTarget = project("{\"target\": \"mshp-director-of-strategy-and-planning-level-4\"}").getBody()
            .path("baseline");

        assertThat(belowTarget.path("classes").size()).isGreaterThan(asTarget.path("classes").size());
        for (JsonNode c : asTarget.path("classes")) {
            JsonNode same = FeederApiTests.byId(belowTarget.path("classes"), c.path("id").asText());
            assertThat(same.path("headcount")).as(c.path("id").asText()).isEqualTo(c.path("headcount"));
            assertThat(same.path("leavers")).as(c.path("id").asText()).isEqualTo(c.path("leavers"));
        }
    }

    static JsonNode transition(JsonNode result, String from, String to) {
        for (JsonNode t : result.path("transitions")) {
            if (t.path("from").asText().equals(from) && t.path("to").asText().equals(to)) {
                return t;
            }
        }
        throw new AssertionError(from + " > " + to);
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
        assertProblem(
                project("{\"years\": 0, \"rates\": [{\"from\": \"" + A + "\", \"to\": \"" + B + "\", \"rate\": 1.5}]}"),
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
