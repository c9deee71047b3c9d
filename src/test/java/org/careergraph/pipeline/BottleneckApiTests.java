package org.careergraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.careergraph.GraphApiClient;
import org.careergraph.GraphApiTest;
import org.junit.jupiter.api.Test;

/**
 * Where the seed graph's promotion routes narrow, and which classes one class alone
 * feeds.
 */
@GraphApiTest
class BottleneckApiTests extends GraphApiClient {

    static final String LEVEL_4 = "mshp-director-of-strategy-and-planning-level-4";

    @Test
    void theNarrowestClassOfTheSeedGraphIsWhereTwoFamiliesMergeIntoItManagement() {
        JsonNode answer = http.getForObject("/api/pipeline/bottlenecks", JsonNode.class);

        assertThat(answer.path("tops").findValuesAsText("id")).containsExactlyInAnyOrder(LEVEL_4,
                "coh-it-manager-infrastructure", "city-ohr-it-network-engineer-specialist");
        JsonNode first = answer.path("classes").get(0);
        assertThat(first.path("id").asText()).isEqualTo(LEVEL_1);
        assertThat(first.path("rank").asInt()).isEqualTo(1);
        assertThat(first.path("fedOnlyBy").isNull()).isTrue();
        assertThat(first.path("routesThrough").asLong()).isPositive();
        assertThat(answer.path("classes").findValuesAsText("id")).contains("coh-it-lead-infrastructure");
    }

    @Test
    void namesTheClassesOnlyOneClassPromotesInto() {
        JsonNode single = http.getForObject("/api/pipeline/bottlenecks", JsonNode.class).path("singleFeeders");

        JsonNode top = single.get(0);
        assertThat(top.path("top").asBoolean()).isTrue();
        assertThat(single.findValuesAsText("id")).contains(LEVEL_4, "mshp-director-of-strategy-and-planning-level-3")
            .doesNotContain(LEVEL_1);
        for (JsonNode s : single) {
            if (s.path("id").asText().equals(LEVEL_4)) {
                assertThat(s.path("feederId").asText())
                    .isEqualTo("mshp-division-assistant-director-director-of-strategy-and-planning-level-4");
            }
        }
    }

    @Test
    void countsRoutesToTheChosenTopAndAnswersCsv() {
        JsonNode answer = http.getForObject("/api/pipeline/bottlenecks?top={t}", JsonNode.class, "Director Level 3");
        String csv = http.getForObject("/api/pipeline/bottlenecks?top={t}&format=csv", String.class,
                "Director Level 3");

        assertThat(answer.path("tops").findValuesAsText("id"))
            .containsExactly("mshp-director-of-strategy-and-planning-level-3");
        assertThat(answer.path("classes").get(0).path("share").asDouble()).isEqualTo(1.0);
        assertThat(csv)
            .startsWith("rank,id,title,agency,level,routesThrough,share,betweenness,incumbents,fedOnlyBy\r\n1,");
        assertThat(csv.split("\r\n")).hasSize(answer.path("classes").size() + 1);
    }

}
