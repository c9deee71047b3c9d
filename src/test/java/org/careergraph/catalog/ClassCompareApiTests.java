package org.careergraph.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careergraph.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.careergraph.GraphApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** What changes from one class to another, read from the seed documents. */
@GraphApiTest
class ClassCompareApiTests {

    @Autowired
    TestRestTemplate http;

    ResponseEntity<JsonNode> compare(String id, String with) {
        return http.getForEntity("/api/classes/{id}/compare?with={with}", JsonNode.class, id, with);
    }

    static List<String> texts(JsonNode items) {
        List<String> texts = new ArrayList<>();
        items.forEach(i -> texts.add(i.path("text").asText() + " @" + i.path("source").path("line").asInt()
                + (i.path("seriesWide").asBoolean() ? " series" : "")));
        return texts;
    }

    @Test
    void saysWhatTheNextClassRequiresAndPerformsThatTheCurrentOneDoesNot() {
        JsonNode answer = compare("mshp-network-operations-technician", "mshp-network-operations-supervisor").getBody();
        JsonNode changes = answer.path("changes");

        assertThat(answer.path("to").path("title").asText()).isEqualTo("Network Operations Supervisor");
        assertThat(changes.path("education").toString())
            .isEqualTo("{\"from\":\"associate\",\"to\":\"bachelor\",\"change\":\"higher\"}");
        assertThat(changes.path("years").toString()).isEqualTo("{\"from\":0,\"to\":5,\"change\":\"higher\"}");
        assertThat(changes.path("supervision").toString())
            .isEqualTo("{\"from\":\"not stated\",\"to\":\"supervises\",\"change\":\"not stated\"}");
        assertThat(texts(changes.path("added").path("supervision"))).containsExactly(
                "Supervisory positions at this level are accountable for overseeing the printing and engraving of items, "
                        + "monitoring and maintaining information technology systems, and providing after-hours client "
                        + "support. @51",
                "Typically, serves as a shift supervisor directing a small staff. @51",
                "Provides training and mentoring of staff, responsible for performance evaluations, approves leave, and "
                        + "participates in disciplinary decisions and actions. @51");
        assertThat(texts(changes.path("shared").path("responsibilities"))).containsExactly(
                "Monitor, schedule, and troubleshoot production runs using high volume print equipment. @15 series",
                "Provide afterhours client support. @16 series",
                "Monitor information technology systems to identify errors and take corrective actions. @17 series");
        assertThat(texts(changes.path("dropped").path("responsibilities")))
            .contains("Reviews configuration information in databases and technical diagrams. @35");
        assertThat(changes.path("added").path("responsibilities").get(0).path("source").path("file").asText())
            .isEqualTo("000_d8ac1a38b8960dfb.txt");
        assertThat(changes.path("notStated").path("to").toString()).isEqualTo(
                "[\"certifications\",\"licences\",\"clearances\",\"competencies\",\"knowledge\",\"complexity\",\"impact\"]");
    }

    @Test
    void comparesAcrossAgenciesWithCredentialsAndWhatEachDocumentLeavesUnstated() {
        JsonNode changes = compare("mshp-network-operations-technician", "city-ohr-it-network-engineer-specialist")
            .getBody()
            .path("changes");

        assertThat(texts(changes.path("added").path("licences")))
            .containsExactly("By position requires a valid driver's license at the time of application. @107");
        assertThat(texts(changes.path("added").path("clearances"))).containsExactly("By position, must obtain Criminal "
                + "Justice Information Services (CJIS) clearance within the probationary period. @109");
        assertThat(changes.path("added").path("competencies")).hasSize(6);
        assertThat(changes.path("added").path("knowledge")).hasSize(6);
        assertThat(changes.path("supervision").path("to").asText()).isEqualTo("lead");
        assertThat(changes.path("shared").path("responsibilities")).isEmpty();
        assertThat(changes.path("notStated").path("from").toString()).contains("competencies", "licences");
        assertThat(changes.path("notStated").path("to").toString()).doesNotContain("competencies", "licences");
    }

    @Test
    void aClassWithNothingStatedComparesAsNotStated() {
        JsonNode changes = compare("coh-it-specialist-infrastructure", "coh-it-professional-infrastructure").getBody()
            .path("changes");

        assertThat(changes.path("education").path("change").asText()).isEqualTo("not stated");
        assertThat(changes.path("years").path("to").asText()).isEqualTo("not stated");
        assertThat(changes.path("notStated").path("to")).hasSize(9);
        changes.path("added").forEach(section -> assertThat(section).isEmpty());
    }

    @Test
    void unknownAmbiguousMissingAndSameClassesAreProblems() {
        JsonNode unknown = assertProblem(compare("mshp-network-operations-technician", "Network Operashuns Supervisr"),
                404, "No class matches 'Network Operashuns Supervisr'");
        assertThat(unknown.path("suggestions").get(0).path("id").asText())
            .isEqualTo("mshp-network-operations-supervisor");
        assertProblem(compare("no-such-class", "mshp-network-operations-supervisor"), 404, "no-such-class");
        assertProblem(compare("mshp-network-operations-technician", "Director Level 4"), 400, "matches 2 classes");
        assertProblem(compare("mshp-network-operations-technician", "mshp-network-operations-technician"), 400,
                "choose two different classes");
        assertProblem(http.getForEntity("/api/classes/mshp-network-operations-technician/compare", JsonNode.class), 400,
                "with");
    }

}
