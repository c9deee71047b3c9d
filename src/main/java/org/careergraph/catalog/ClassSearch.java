package org.careergraph.catalog;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.vocabulary.TitleWords;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds classes by what people type: any case, punctuation, word order and shorthand ("Director Level 3",
 * "sr it professional"), through Neo4j's full-text index, and resolves a name or id to exactly one class.
 */
@Service
@Transactional(readOnly = true)
public class ClassSearch {

    private static final int CANDIDATES = 10;

    private final Neo4jClient neo4j;
    private final CypherScripts cypher;

    ClassSearch(Neo4jClient neo4j, CypherScripts cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    /** Matches best first: every word must match (typos forgiven); failing that, any word may. */
    public List<ClassMatch> search(String text, int limit) {
        return hits(text, limit).stream().map(Hit::match).toList();
    }

    public List<ClassMatch> list(int limit) {
        return neo4j.query(cypher.query("catalog/list-classes")).bind(limit).to("limit")
                .fetchAs(Hit.class).mappedBy((types, r) -> Hit.of(r)).all().stream().map(Hit::match).toList();
    }

    /**
     * The one class an id or title names.
     *
     * @throws UnknownClassException   when nothing matches, with suggestions
     * @throws AmbiguousClassException when several classes match equally well
     */
    public ClassMatch resolve(String text) {
        return resolveAll(List.of(text)).get(0);
    }

    /** Resolves several names at once; ids are looked up together in one query. */
    public List<ClassMatch> resolveAll(List<String> texts) {
        List<String> ids = texts.stream().map(String::strip).toList();
        Map<String, ClassMatch> byId = neo4j.query(cypher.query("catalog/classes-by-id")).bind(ids).to("ids")
                .fetchAs(ClassMatch.class).mappedBy((types, r) -> Hit.of(r).match()).all().stream()
                .collect(Collectors.toMap(ClassMatch::id, m -> m, (a, b) -> a));
        return ids.stream().map(id -> byId.containsKey(id) ? byId.get(id) : resolveByName(id)).toList();
    }

    private ClassMatch resolveByName(String text) {
        String all = allWords(text);
        List<Hit> hits = all.isBlank() ? List.of() : query(all, CANDIDATES);
        String key = TitleWords.key(text);
        List<Hit> exact = hits.stream().filter(h -> h.titleKeys().contains(key)).toList();
        List<Hit> best = exact.isEmpty() ? hits : exact;
        if (best.size() == 1) {
            return best.get(0).match();
        }
        if (best.size() > 1) {
            throw new AmbiguousClassException(text, best.stream().map(Hit::match).toList());
        }
        List<Hit> suggestions = all.isBlank() ? List.of() : query(anyWord(text), 5);
        throw new UnknownClassException(text, suggestions.stream().map(Hit::match).toList());
    }

    private List<Hit> hits(String text, int limit) {
        String all = allWords(text);
        if (all.isBlank()) {
            return List.of();
        }
        List<Hit> hits = query(all, limit);
        return hits.isEmpty() ? query(anyWord(text), limit) : hits;
    }

    private List<Hit> query(String lucene, int limit) {
        return List.copyOf(neo4j.query(cypher.query("catalog/search-classes")).bind(lucene).to("query")
                .bind(limit).to("limit").fetchAs(Hit.class).mappedBy((types, r) -> Hit.of(r)).all());
    }

    static String allWords(String text) {
        return terms(text, " AND ");
    }

    static String anyWord(String text) {
        return terms(text, " OR ");
    }

    private static String terms(String text, String operator) {
        return TitleWords.words(text).stream()
                .map(w -> w.length() >= 5 && !w.chars().allMatch(Character::isDigit) ? w + "~1" : w)
                .collect(Collectors.joining(operator));
    }

    /** A search row: the match plus the title keys used to recognise an exact name. */
    record Hit(ClassMatch match, List<String> titleKeys) {
        static Hit of(org.neo4j.driver.Record r) {
            return new Hit(r.as(ClassMatch.class), r.get("titleKeys").asList(Value::asString));
        }
    }
}
