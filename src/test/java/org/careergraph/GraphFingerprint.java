package org.careergraph;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.careergraph.importer.UnseenClasses;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Every node and relationship of the graph with its properties, in a stable order: equal
 * means nothing changed. The graph's version node is left out: every committed write
 * raises it, also one that changes nothing else.
 */
public final class GraphFingerprint {

    private GraphFingerprint() {
    }

    /**
     * The graph once the classes the last import replaced are deleted (in the background,
     * after readers have switched).
     */
    public static List<String> of(Neo4jClient neo4j, UnseenClasses unseen) {
        unseen.awaitDeletion();
        return neo4j.query("""
                MATCH (n) WHERE NOT n:GraphVersion
                OPTIONAL MATCH (n)-[r]->(m)
                RETURN labels(n) AS labels, n {.*} AS node, type(r) AS type, r {.*} AS relationship,
                       coalesce(m.id, m.code, m.name, m.classId) AS target
                """).fetch().all().stream().map(row -> sorted(row).toString()).sorted().toList();
    }

    private static Object sorted(Object value) {
        return value instanceof Map<?, ?> map ? new TreeMap<>(map.entrySet()
            .stream()
            .collect(Collectors.toMap(e -> String.valueOf(e.getKey()), e -> String.valueOf(sorted(e.getValue())))))
                : value;
    }

}
