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
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A name resolved from a window of the full-text index's best hits gets the same matches
 * and suggestions as from every hit, or says it may not (so the service asks again): for
 * every seed title, each of its words alone, and the title with a word no class has,
 * under windows from as small as the answer to none. Names are searched in one field of
 * the index, which must find what all of them do.
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

    @Test
    void searchTextAloneFindsTheClassesEveryFieldFinds() {
        Set<String> texts = new LinkedHashSet<>();
        try (var session = driver.session()) {
            session.run("MATCH (c:JobClass) RETURN c.title AS title, c.aliases AS aliases").forEachRemaining(r -> {
                String title = r.get("title").asString();
                texts.add(title);
                texts.addAll(List.of(title.split(" ")));
                // every fifth letter of a word dropped: one typo in
                // a word of five to nine letters, more in longer ones
                texts.add(title.replaceAll("(\\w{4})\\w", "$1"));
                texts.addAll(r.get("aliases").asList(Value::asString));
            });
        }
        int found = 0;
        for (String text : texts) {
            if (ClassSearch.allWords(text).isBlank()) {
                continue;
            }
            Record inSearchText = resolve(text, 1000, Map.of());
            Record inEveryField = resolve(ClassSearch.allWords(text).replace("searchText:", ""),
                    ClassSearch.anyWord(text).replace("searchText:", ""), 1000, Map.of());
            for (String part : List.of("matches", "suggestions")) {
                assertThat(ids(inSearchText, part)).as("%s: %s", text, part).isEqualTo(ids(inEveryField, part));
            }
            found += inSearchText.get("matches").size();
        }
        assertThat(found).isGreaterThan(texts.size());
    }

    private static Set<String> ids(Record record, String part) {
        return Set.copyOf(record.get(part).asList(v -> v.get("id").asString()));
    }

    private Record resolve(String text, int limit, Map<String, Object> window) {
        return resolve(ClassSearch.allWords(text), ClassSearch.anyWord(text), limit, window);
    }

    private Record resolve(String all, String any, int limit, Map<String, Object> window) {
        try (var session = driver.session()) {
            return session
                .executeRead(tx -> tx
                    .run(cypher.query("catalog/resolve-name"),
                            Map.of("all", all, "any", any, "limit", limit, "suggest", limit, "window", window))
                    .single());
        }
    }

}
