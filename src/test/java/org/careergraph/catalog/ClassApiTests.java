package org.careergraph.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careergraph.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.careergraph.GraphApiClient;
import org.careergraph.GraphApiTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

@GraphApiTest
class ClassApiTests extends GraphApiClient {

    @Autowired
    Driver driver;

    List<String> searchIds(String q) {
        List<String> ids = new ArrayList<>();
        get("/api/classes?q={q}", q).getBody().forEach(m -> ids.add(m.path("id").asText()));
        return ids;
    }

    @Test
    void searchForgivesCaseWordOrderPunctuationAndShorthand() {
        assertThat(searchIds("Director Level 3")).containsExactly("mshp-director-of-strategy-and-planning-level-3");
        assertThat(searchIds("level 3 DIRECTOR")).containsExactly("mshp-director-of-strategy-and-planning-level-3");
        assertThat(searchIds("Director of Strategy and Planning - Level 3")).first()
            .isEqualTo("mshp-director-of-strategy-and-planning-level-3");
        assertThat(searchIds("senior it professional infrastructure")).first()
            .isEqualTo("coh-it-senior-professional-infrastructure");
        assertThat(searchIds("IT Sr Professional")).first().isEqualTo("coh-it-senior-professional-infrastructure");
        assertThat(searchIds("network operations technican")).contains("mshp-network-operations-technician",
                "mshp-associate-network-operations-technician");
    }

    @Test
    void searchAnswersTheMatchFields() {
        JsonNode match = get("/api/classes?q={q}", "Client Support Professional").getBody().get(0);

        assertThat(match.path("id").asText()).isEqualTo("mshp-client-support-professional");
        assertThat(match.path("agency").asText()).isEqualTo("mshp");
        assertThat(match.path("family").asText()).isEqualTo("Technical Support");
        assertThat(match.path("grades").toString()).isEqualTo("[\"30\",\"33\"]");
        assertThat(match.path("tracks").toString()).isEqualTo("[\"Management\",\"Technical\"]");
        assertThat(match.path("level").asInt()).isEqualTo(3);
    }

    @Test
    void listsEveryClassWithoutAQuery() {
        assertThat(get("/api/classes?limit=100").getBody()).hasSize(23);
    }

    @Test
    void answersAClassFromMemoryOnlyUntilTheGraphChanges() {
        String id = "mshp-network-operations-manager";
        String summary = get("/api/classes/{id}", id).getBody().path("summary").asText();
        try (var session = driver.session()) {
            session
                .run("MATCH (c:JobClass {id: $id}) SET c.summary = 'Changed in Neo4j Browser'",
                        java.util.Map.of("id", id))
                .consume();
            assertThat(get("/api/classes/{id}", id).getBody().path("summary").asText())
                .isEqualTo("Changed in Neo4j Browser");
        }
        finally {
            try (var session = driver.session()) {
                session
                    .run("MATCH (c:JobClass {id: $id}) SET c.summary = $summary",
                            java.util.Map.of("id", id, "summary", summary))
                    .consume();
            }
        }
        assertThat(get("/api/classes/{id}", id).getBody().path("summary").asText()).isEqualTo(summary);
    }

    @Test
    void readsOneClassWithRequirementsProvenanceAndMoves() {
        JsonNode manager = get("/api/classes/{id}", "mshp-network-operations-manager").getBody();

        assertThat(manager.path("requirements").path("education").asText()).isEqualTo("bachelor");
        assertThat(manager.path("requirements").path("years").asInt()).isEqualTo(7);
        assertThat(manager.path("requirements").path("text").asText()).startsWith("Bachelor's degree");
        assertThat(manager.path("provenance").path("file").asText()).isEqualTo("000_d8ac1a38b8960dfb.txt");
        assertThat(manager.path("provenance").path("line").asInt()).isEqualTo(57);
        assertThat(manager.path("supervises").asBoolean()).isTrue();
        assertThat(manager.path("movesOut").toString()).contains("mshp-director-of-strategy-and-planning-level-1",
                "\"source\":{\"file\":\"bridges.csv\",\"line\":2}");
        assertThat(manager.path("movesIn").toString()).contains("mshp-network-operations-supervisor", "PROMOTES_TO");
    }

    @Test
    void saysNotStatedWhereTheDocumentGivesNoRequirement() {
        JsonNode staff = get("/api/classes/{id}", "city-ohr-staff-it-network-engineer").getBody();

        assertThat(staff.path("requirements").path("education").asText()).isEqualTo("not stated");
        assertThat(staff.path("requirements").path("years").isNull()).isTrue();
        assertThat(staff.path("agencyName").asText()).isEqualTo("City Office of Human Resources");
    }

    @Test
    void unknownClassIs404WithSuggestions() {
        JsonNode problem = assertProblem(get("/api/classes/{id}", "mshp-network-operations-manger"), 404,
                "No class matches 'mshp-network-operations-manger'");

        assertThat(problem.path("suggestions").toString()).contains("mshp-network-operations-manager");
    }

    @Test
    void badParametersAre400() {
        assertProblem(get("/api/classes?q=x&limit=0"), 400, "limit");
        assertProblem(get("/api/classes?q=x&limit=lots"), 400, "limit");
    }

}
