package org.careergraph.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.careergraph.GraphApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Every step of a route says what changes from the class before it; a person's answer
 * says what it cannot check.
 */
@GraphApiTest
class RouteChangesApiTests {

    @Autowired
    TestRestTemplate http;

    JsonNode route(String query) {
        return http.getForObject("/api/routes?" + query, JsonNode.class);
    }

    @Test
    void everyStepAfterTheFirstCarriesTheChangesFromTheClassBefore() {
        JsonNode steps = route("from=mshp-network-operations-technician&to=mshp-network-operations-manager")
            .path("routes")
            .get(0)
            .path("steps");

        assertThat(steps.get(0).has("changes")).isFalse();
        JsonNode toSupervisor = steps.get(1).path("changes");
        assertThat(toSupervisor.path("education").path("to").asText()).isEqualTo("bachelor");
        assertThat(toSupervisor.path("supervision").path("to").asText()).isEqualTo("supervises");
        JsonNode toManager = steps.get(2).path("changes");
        assertThat(toManager.path("supervision").toString())
            .isEqualTo("{\"from\":\"supervises\",\"to\":\"manages\",\"change\":\"higher\"}");
        assertThat(toManager.path("years").toString()).isEqualTo("{\"from\":5,\"to\":7,\"change\":\"higher\"}");
        assertThat(toManager.path("added").path("responsibilities").get(0).path("source").path("line").asInt())
            .isEqualTo(61);
    }

    @Test
    void theCsvFormOfARouteHasARowPerStepWithItsChanges() {
        String csv = http.getForObject("/api/routes?from=mshp-network-operations-technician"
                + "&to=mshp-network-operations-supervisor&format=csv", String.class);

        String[] lines = csv.split("\r\n");
        assertThat(lines[0])
            .isEqualTo("route,step,id,title,agency,level,grades,move,basis,source,education,years,meetsNow,"
                    + "missing,earliestYear,credentialsNotChecked,changes");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("1,0,mshp-network-operations-technician,").endsWith(",");
        assertThat(lines[2]).startsWith("1,1,mshp-network-operations-supervisor,")
            .contains(
                    "education associate → bachelor; years 0 → 5; supervision not stated → supervises; new supervision: "
                            + "Supervisory positions at this level",
                    "(000_d8ac1a38b8960dfb.txt line 51)", "not stated: certifications, licences, clearances");
    }

    @Test
    void aPersonsAnswerNamesTheStatedCredentialsItCannotCheck() {
        JsonNode steps = route("from=city-ohr-senior-it-network-engineer&to=city-ohr-it-network-engineer-specialist"
                + "&education=bachelor&years=6")
            .path("routes")
            .get(0)
            .path("steps");

        JsonNode eligibility = steps.get(1).path("eligibility");
        assertThat(eligibility.path("meetsNow").asBoolean()).isTrue();
        assertThat(eligibility.path("credentials").asText()).isEqualTo("not checked");
        assertThat(eligibility.path("notChecked").findValuesAsText("text")).containsExactly(
                "By position requires a valid driver's license at the time of application.",
                "By position, must obtain Criminal Justice Information Services (CJIS) clearance within the probationary "
                        + "period.");
    }

    @Test
    void aPersonsAnswerSaysNotStatedWhereTheDocumentsNameNoCredential() {
        JsonNode eligibility = route("from=mshp-network-operations-technician&to=mshp-network-operations-supervisor"
                + "&education=associate&years=3")
            .path("routes")
            .get(0)
            .path("steps")
            .get(1)
            .path("eligibility");

        assertThat(eligibility.path("credentials").asText()).isEqualTo("not stated");
        assertThat(eligibility.path("notChecked")).isEmpty();
    }

}
