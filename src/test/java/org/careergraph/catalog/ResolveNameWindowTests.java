package org.careergraph.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careergraph.GraphApiTest;
import org.careergraph.cypher.CypherScripts;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A name resolved from a window of the full-text index's best hits gets the same matches
 * and suggestions as from every hit, or says it may not (so the service asks again): for
 * every seed title, each of its words alone, and the title with a word no class has,
 * under windows from as small as the answer to none.
 */
@GraphApiTest
class ResolveNameWindowTests {

    @Autowired
    Driver driver;

    @Autowired
    CypherScripts cypher;

    @Test
    void aCompleteWindowGivesTheSameMatchesAndSuggestionsAsEveryHit() {
        List<String> titles;
        try (var session = driver.session()) {
            titles = session.run("MATCH (c:JobClass) RETURN DISTINCT c.title AS title ORDER BY title")
                .list(r -> r.get("title").asString());
        }
        Set<String> texts = new LinkedHashSet<>();
        for (String title : titles) {
            texts.add(title);
            List<String> words = List.of(title.split(" "));
            texts.addAll(words);
            List<String> unknown = new ArrayList<>(words);
            unknown.set(0, "zqxwvj");
            texts.add(String.join(" ", unknown));
        }
        int complete = 0;
        int incomplete = 0;
        for (String text : texts) {
            if (ClassSearch.allWords(text).isBlank()) {
                continue;
            }
            for (int limit : List.of(1, 5)) {
                Record everyHit = resolve(text, limit, Map.of());
                assertThat(everyHit.get("complete").asBoolean()).isTrue();
                for (int window : List.of(limit, 2 * limit, 10 * limit)) {
                    Record windowed = resolve(text, limit, Map.of("limit", window));
                    if (windowed.get("complete").asBoolean()) {
                        assertThat(windowed.get("matches")).as("%s, %d of window %d", text, limit, window)
                            .isEqualTo(everyHit.get("matches"));
                        assertThat(windowed.get("suggestions")).as("%s, %d of window %d", text, limit, window)
                            .isEqualTo(everyHit.get("suggestions"));
                        complete++;
                    }
                    else {
                        incomplete++;
                    }
                }
            }
        }
        assertThat(complete).isGreaterThan(200);
        assertThat(incomplete).as("windows too small to be sure").isGreaterThan(20);
    }

    private Record resolve(String text, int limit, Map<String, Object> window) {
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> tx
                        .run(cypher.query("catalog/resolve-name"),
                                Map.of("all", ClassSearch.allWords(text), "any", ClassSearch.anyWord(text), "limit",
                                        limit, "suggest", limit, "window", window))
                        .single());
        }
    }

}
