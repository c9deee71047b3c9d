package org.careergraph.hr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.careergraph.cypher.CypherScripts;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes headcounts and recorded moves, replacing what the previous file said, in the caller's transaction.
 * Rows go in batches so that a large file reports progress.
 */
@Component
class HrWriter {

    static final int BATCH = 1000;

    private final Neo4jClient neo4j;
    private final CypherScripts cypher;

    HrWriter(Neo4jClient neo4j, CypherScripts cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    void replaceHeadcounts(List<HeadcountRow> rows, LongConsumer written) {
        neo4j.query(cypher.query("hr/clear-headcounts")).bind(rows.stream().map(HeadcountRow::classId).toList())
                .to("keep").run();
        upsert("hr/upsert-headcounts", rows, HrWriter::headcount, written);
    }

    void replaceHistory(List<HistoryRow> rows, LongConsumer written) {
        neo4j.query(cypher.query("hr/clear-history")).bind(rows.stream().map(HistoryRow::key).toList()).to("keep").run();
        upsert("hr/upsert-history", rows, h -> {
            Map<String, Object> properties = new HashMap<>();
            properties.put("people", h.people());
            properties.put("sourceFile", h.sourceFile());
            properties.put("sourceLine", h.sourceLine());
            return Map.of("from", h.from(), "to", h.to(), "year", h.year(), "properties", properties);
        }, written);
    }

    /** One class's headcount, as an edit through the API sets it. */
    void setHeadcount(HeadcountRow row) {
        upsert("hr/upsert-headcounts", List.of(row), HrWriter::headcount, done -> { });
    }

    private <T> void upsert(String query, List<T> rows, Function<T, Map<String, Object>> row, LongConsumer written) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<T> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            neo4j.query(cypher.query(query)).bind(batch.stream().map(row).toList()).to("rows").run();
            written.accept(from + batch.size());
        }
    }

    private static Map<String, Object> headcount(HeadcountRow h) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("incumbents", h.incumbents());
        properties.put("authorized", h.authorized());
        properties.put("vacancies", h.vacancies());
        properties.put("sourceFile", h.sourceFile());
        properties.put("sourceLine", h.sourceLine());
        return Map.of("classId", h.classId(), "properties", properties);
    }
}
