package org.careergraph.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careergraph.vocabulary.Provenance;
import org.careergraph.vocabulary.ItemKind;
import org.neo4j.driver.Value;

/**
 * What a class's document states about it, as stored: its minimum education and years,
 * the supervision it exercises, and its statements by section ({@code responsibilities},
 * {@code certifications}, …).
 *
 * @param education minimum education key, or null when not stated
 * @param supervision {@code none}, {@code lead}, {@code supervises}, {@code manages}, or
 * null when not stated
 */
public record StatedProfile(String id, String title, String education, Integer years, String supervision,
        Map<String, List<ClassStatement>> sections) {

    /**
     * A profile from a class's map projection and its statements, as
     * {@code catalog/class-statements.cypher} returns them.
     */
    public static StatedProfile of(Value c, Value statements) {
        Map<String, List<ClassStatement>> sections = new LinkedHashMap<>();
        for (ItemKind kind : ItemKind.values()) {
            sections.put(kind.section(), new java.util.ArrayList<>());
        }
        for (Value s : statements.values()) {
            sections.computeIfAbsent(s.get("kind").asString(), k -> new java.util.ArrayList<>())
                .add(new ClassStatement(s.get("text").asString(),
                        new Provenance(s.get("file").asString(null),
                                s.get("line").isNull() ? null : s.get("line").asInt()),
                        s.get("seriesWide").asBoolean(false), s.get("key").asString()));
        }
        sections.replaceAll((k, v) -> List.copyOf(v));
        return new StatedProfile(c.get("id").asString(), c.get("title").asString(), c.get("education").asString(null),
                c.get("years").isNull() ? null : c.get("years").asInt(), c.get("supervision").asString(null),
                Map.copyOf(sections));
    }

    public List<ClassStatement> section(ItemKind kind) {
        return sections.getOrDefault(kind.section(), List.of());
    }
}
