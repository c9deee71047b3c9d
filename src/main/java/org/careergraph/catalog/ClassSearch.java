package org.careergraph.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.cypher.GraphVersion;
import org.careergraph.vocabulary.TitleWords;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds classes by what people type: any case, punctuation, word order and shorthand
 * ("Director Level 3", "sr it professional"), through Neo4j's full-text index, and
 * resolves a name or id to exactly one class. Fuzzy matching costs far more than the
 * route it names, so what a name resolves to, and what a search finds, is kept for as
 * long as the graph stays at the same version.
 */
@Service
@Transactional(readOnly = true)
public class ClassSearch {

    private static final int CANDIDATES = 10;

    private static final int SUGGESTIONS = 5;

    private static final int REMEMBERED = 20_000;

    /**
     * How many hits, per match wanted, the index hands over at first: a common word
     * matches thousands of classes, and sorting and reading them all cost more than the
     * search itself.
     */
    private static final int WINDOW = 10;

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    private final GraphVersion version;

    private final Cache<Asked, Resolution> resolutions = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    private final Cache<Asked, List<ClassMatch>> searches = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    ClassSearch(Neo4jClient neo4j, CypherScripts cypher, GraphVersion version) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.version = version;
    }

    /**
     * A text as asked at one version of the graph (and, for searches, how many matches).
     */
    private record Asked(long version, String text, int limit) {
    }

    /**
     * What a name resolved to: one class, or the reason it did not (unknown, with
     * suggestions; ambiguous).
     */
    private record Resolution(String text, ClassMatch match, List<ClassMatch> suggestions,
            List<ClassMatch> candidates) {
        ClassMatch matchOrThrow() {
            if (match != null) {
                return match;
            }
            throw candidates != null ? new AmbiguousClassException(text, candidates)
                    : new UnknownClassException(text, suggestions);
        }
    }

    /**
     * Matches best first: every word must match (typos forgiven); failing that, any word
     * may.
     */
    public List<ClassMatch> search(String text, int limit) {
        return searches.get(new Asked(version.current(), text, limit),
                asked -> hits(text, limit).stream().map(Hit::match).toList());
    }

    public List<ClassMatch> list(int limit) {
        return neo4j.query(cypher.query("catalog/list-classes"))
            .bind(limit)
            .to("limit")
            .fetchAs(Hit.class)
            .mappedBy((types, r) -> Hit.of(r))
            .all()
            .stream()
            .map(Hit::match)
            .toList();
    }

    /**
     * The one class an id or title names.
     * @throws UnknownClassException when nothing matches, with suggestions
     * @throws AmbiguousClassException when several classes match equally well
     */
    public ClassMatch resolve(String text) {
        return resolveAll(List.of(text)).get(0);
    }

    /**
     * Resolves several names at once, in order (the first that fails throws); ids not
     * seen at this version of the graph are looked up together in one query.
     */
    public List<ClassMatch> resolveAll(List<String> texts) {
        long current = version.current();
        List<String> wanted = texts.stream().map(String::strip).toList();
        List<String> unseen = wanted.stream()
            .filter(t -> resolutions.getIfPresent(new Asked(current, t, 0)) == null)
            .distinct()
            .toList();
        Map<String, ClassMatch> byId = unseen.isEmpty() ? Map.of()
                : neo4j.query(cypher.query("catalog/classes-by-id"))
                    .bind(unseen)
                    .to("ids")
                    .fetchAs(ClassMatch.class)
                    .mappedBy((types, r) -> Hit.of(r).match())
                    .all()
                    .stream()
                    .collect(Collectors.toMap(ClassMatch::id, m -> m, (a, b) -> a));
        return wanted.stream()
            .map(text -> resolutions.get(new Asked(current, text, 0),
                    asked -> byId.containsKey(text) ? new Resolution(text, byId.get(text), null, null)
                            : resolveByName(text))
                .matchOrThrow())
            .toList();
    }

    private Resolution resolveByName(String text) {
        String all = allWords(text);
        Found found = all.isBlank() ? Found.NOTHING : find(text, CANDIDATES, SUGGESTIONS);
        List<Hit> hits = found.matches();
        String key = TitleWords.key(text);
        List<Hit> exact = hits.stream().filter(h -> h.titleKeys().contains(key)).toList();
        List<Hit> best = exact.isEmpty() ? hits : exact;
        if (best.size() == 1) {
            return new Resolution(text, best.get(0).match(), null, null);
        }
        if (best.size() > 1) {
            return new Resolution(text, null, null, best.stream().map(Hit::match).toList());
        }
        return new Resolution(text, null, found.suggestions().stream().map(Hit::match).toList(), null);
    }

    private List<Hit> hits(String text, int limit) {
        if (allWords(text).isBlank()) {
            return List.of();
        }
        Found found = find(text, limit, limit);
        return found.matches().isEmpty() ? found.suggestions() : found.matches();
    }

    /**
     * Classes matching every word of a text, best first, or when none does, those
     * matching any word: one query, one round trip. The full-text index hands over a
     * window of its best hits; only when classes beyond it could tie with the last one
     * kept is the text asked again for every hit, so the answer is the same either way.
     */
    private Found find(String text, int limit, int suggest) {
        Found found = find(text, limit, suggest, Map.of("limit", WINDOW * Math.max(limit, suggest)));
        return found.complete() ? found : find(text, limit, suggest, Map.of());
    }

    private Found find(String text, int limit, int suggest, Map<String, Object> window) {
        return neo4j.query(cypher.query("catalog/resolve-name"))
            .bind(allWords(text))
            .to("all")
            .bind(anyWord(text))
            .to("any")
            .bind(limit)
            .to("limit")
            .bind(suggest)
            .to("suggest")
            .bind(window)
            .to("window")
            .fetchAs(Found.class)
            .mappedBy((types, r) -> new Found(r.get("matches").asList(Hit::of), r.get("suggestions").asList(Hit::of),
                    r.get("complete").asBoolean()))
            .one()
            .orElse(Found.NOTHING);
    }

    /** What a name found: matches of every word, else suggestions matching any word. */
    private record Found(List<Hit> matches, List<Hit> suggestions, boolean complete) {
        static final Found NOTHING = new Found(List.of(), List.of(), true);

    }

    static String allWords(String text) {
        return terms(text, " AND ");
    }

    static String anyWord(String text) {
        return terms(text, " OR ");
    }

    /**
     * The words as index terms, typos of one letter forgiven in words of five letters or
     * more. Each names the {@code searchText} field, which holds every word of the title
     * too: a term left to every field of the index is expanded once per field, and Lucene
     * builds each fuzzy term's automata anew each time, the dearest part of a name nobody
     * has.
     */
    private static String terms(String text, String operator) {
        return TitleWords.words(text)
            .stream()
            .map(w -> "searchText:" + (w.length() >= 5 && !w.chars().allMatch(Character::isDigit) ? w + "~1" : w))
            .collect(Collectors.joining(operator));
    }

    /** A search row: the match plus the title keys used to recognise an exact name. */
    record Hit(ClassMatch match, List<String> titleKeys) {
        static Hit of(org.neo4j.driver.Record r) {
            return new Hit(r.as(ClassMatch.class), r.get("titleKeys").asList(Value::asString));
        }

        static Hit of(Value v) {
            return new Hit(v.as(ClassMatch.class), v.get("titleKeys").asList(Value::asString));
        }
    }

}
