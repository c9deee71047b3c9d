package org.careergraph.hr;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.hr.GraphSnapshot.KnownClass;
import org.careergraph.hr.GraphSnapshot.KnownMove;
import org.careergraph.importer.Location;
import org.careergraph.vocabulary.Education;
import org.careergraph.vocabulary.MoveType;
import org.careergraph.vocabulary.Track;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads the graph as HR's four tables: what an export writes, and what an import keeps
 * for the files it was not given. Runs in the caller's transaction.
 */
@Component
class HrGraph {

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    HrGraph(Neo4jClient neo4j, CypherScripts cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    HrTables tables() {
        return new HrTables(rows("hr/export-classes", ClassRow.class, HrGraph::classRow),
                rows("hr/export-moves", MoveRow.class, HrGraph::moveRow),
                rows("hr/export-headcounts", HeadcountRow.class,
                        r -> new HeadcountRow(r.get("class").asString(), r.get("incumbents").asInt(),
                                r.get("authorized").asInt(), r.get("vacancies").asInt(), text(r, "sourceFile"),
                                integer(r, "sourceLine"), at(r))),
                rows("hr/export-history", HistoryRow.class,
                        r -> new HistoryRow(r.get("year").asInt(), r.get("from").asString(), r.get("to").asString(),
                                r.get("people").asInt(), text(r, "sourceFile"), integer(r, "sourceLine"), at(r))));
    }

    static GraphSnapshot snapshot(HrTables tables) {
        Map<String, KnownClass> classes = tables.classes()
            .stream()
            .collect(Collectors.toMap(ClassRow::id,
                    c -> new KnownClass(c.id(), c.title(), c.agency(), c.agencyName(), c.origin(), c.level())));
        List<KnownMove> moves = tables.moves()
            .stream()
            .map(m -> new KnownMove(m.type().name(), m.from(), m.to(), m.origin()))
            .toList();
        return new GraphSnapshot(classes, moves);
    }

    private <T> List<T> rows(String query, Class<T> type, Function<Record, T> row) {
        return List.copyOf(neo4j.query(cypher.query(query)).fetchAs(type).mappedBy((types, r) -> row.apply(r)).all());
    }

    private static ClassRow classRow(Record r) {
        String education = text(r, "education");
        return new ClassRow(r.get("id").asString(), r.get("title").asString(), r.get("agency").asString(),
                text(r, "agencyName"), r.get("family").asString(), text(r, "familySummary"), list(r, "grades"),
                list(r, "tracks").stream().map(t -> Track.valueOf(t.toUpperCase(Locale.ROOT))).sorted().toList(),
                list(r, "functions"), text(r, "code"), education == null ? null : Education.fromKey(education),
                integer(r, "years"), text(r, "requirements"), text(r, "summary"), integer(r, "level"),
                text(r, "origin"), text(r, "sourceFile"), integer(r, "sourceLine"), at(r));
    }

    private static MoveRow moveRow(Record r) {
        return new MoveRow(MoveType.valueOf(r.get("type").asString()), r.get("from").asString(), r.get("to").asString(),
                text(r, "basis"), list(r, "sharedGrades"),
                r.get("confidence").isNull() ? null : r.get("confidence").asDouble(), text(r, "origin"),
                text(r, "sourceFile"), integer(r, "sourceLine"), at(r));
    }

    /** A stored row's place for messages: where it was first written. */
    private static Location at(Record r) {
        Integer line = integer(r, "sourceLine");
        return new Location(String.valueOf(text(r, "sourceFile")), line == null ? 0 : line);
    }

    private static String text(Record r, String key) {
        return r.get(key).asString(null);
    }

    private static Integer integer(Record r, String key) {
        Value v = r.get(key);
        return v.isNull() ? null : v.asInt();
    }

    private static List<String> list(Record r, String key) {
        Value v = r.get(key);
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }

}
