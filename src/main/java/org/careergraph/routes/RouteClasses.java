package org.careergraph.routes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careergraph.catalog.StatedProfile;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.cypher.GraphVersion;
import org.careergraph.vocabulary.ClassRequirements;
import org.careergraph.vocabulary.Education;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The classes route answers pass through, read once per graph version: thousands of
 * distinct questions on a state cross the same few thousand classes, so the path search
 * returns only ids and each class's requirements and statements come from here.
 */
@Component
class RouteClasses {

    private static final int REMEMBERED = 50_000;

    /** What a route shows of a class: the facts ranking needs and what it states. */
    record RouteClass(Candidate.Stop stop, StatedProfile stated) {
    }

    /** A class as read at one version of the graph. */
    private record Key(long version, String id) {
    }

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    private final GraphVersion version;

    private final Cache<Key, RouteClass> classes = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    RouteClasses(Neo4jClient neo4j, CypherScripts cypher, GraphVersion version) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.version = version;
    }

    /**
     * The named classes that exist, by id; those not yet read at this version are read
     * together, in the caller's transaction.
     */
    Map<String, RouteClass> read(Collection<String> ids) {
        long current = version.current();
        List<Key> keys = ids.stream().distinct().map(id -> new Key(current, id)).toList();
        Map<String, RouteClass> byId = new HashMap<>();
        classes.getAll(keys, this::load).forEach((key, c) -> byId.put(key.id(), c));
        return byId;
    }

    private Map<Key, RouteClass> load(Set<? extends Key> keys) {
        long at = keys.iterator().next().version();
        Map<Key, RouteClass> loaded = new HashMap<>();
        neo4j.query(cypher.query("catalog/class-statements"))
            .bind(keys.stream().map(Key::id).toList())
            .to("ids")
            .fetchAs(RouteClass.class)
            .mappedBy((types, record) -> of(record.get("class"), record.get("statements")))
            .all()
            .forEach(c -> loaded.put(new Key(at, c.stop().id()), c));
        return loaded;
    }

    static RouteClass of(Value c, Value statements) {
        Candidate.Stop stop = new Candidate.Stop(c.get("id").asString(), c.get("title").asString(),
                c.get("agency").asString(), c.get("grades").asList(Value::asString),
                c.get("lowestGrade").isNull() ? null : c.get("lowestGrade").asInt(), c.get("level").asInt(),
                c.get("education").isNull() ? null : Education.fromKey(c.get("education").asString()),
                c.get("years").isNull() ? null : c.get("years").asInt(), c.as(ClassRequirements.class),
                c.get("experienceForEducation").asBoolean(false), c.get("educationForExperience").asBoolean(false),
                c.get("masterReplacesYears").asInt(0));
        return new RouteClass(stop, StatedProfile.of(c, statements));
    }

}
