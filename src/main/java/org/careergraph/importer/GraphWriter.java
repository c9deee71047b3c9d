package org.careergraph.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.importer.GraphPlan.PlannedClass;
import org.careergraph.importer.GraphPlan.PlannedMove;
import org.careergraph.importer.ImportPlan.PlannedHeadcount;
import org.careergraph.importer.ImportPlan.PlannedHistory;
import org.careergraph.vocabulary.TitleWords;
import org.careergraph.vocabulary.Track;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The one writer of the graph: writes a plan in the caller's transaction, replacing what the same origin wrote
 * before, whichever front end planned it; and sets a single headcount as HR edits it.
 */
@Component
public class GraphWriter {

    /** Rows per statement, so that a large import reports progress and no single statement grows unbounded. */
    static final int BATCH = 5_000;

    private final Neo4jClient neo4j;
    private final CypherScripts cypher;

    GraphWriter(Neo4jClient neo4j, CypherScripts cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    /**
     * Writes every part the plan has; a part it leaves out keeps what the graph holds.
     *
     * @param written told the running count of rows written, after each batch
     */
    void write(ImportPlan plan, LongConsumer written) {
        long[] done = {0};
        LongConsumer counted = rows -> written.accept(done[0] += rows);
        if (plan.structure() != null) {
            replace(plan.origin(), plan.structure(), counted);
        }
        if (plan.headcounts() != null) {
            neo4j.query(cypher.query("hr/clear-headcounts"))
                    .bind(plan.headcounts().stream().map(PlannedHeadcount::classId).toList()).to("keep").run();
            upsert("hr/upsert-headcounts", "rows", null, plan.headcounts(), GraphWriter::headcountRow, counted);
        }
        if (plan.history() != null) {
            neo4j.query(cypher.query("hr/clear-history"))
                    .bind(plan.history().stream().map(h -> h.from() + ">" + h.to() + "@" + h.year()).toList())
                    .to("keep").run();
            upsert("hr/upsert-history", "rows", null, plan.history(), GraphWriter::historyRow, counted);
        }
    }

    /** One class's headcount, as an edit through the API sets it. */
    public void setHeadcount(PlannedHeadcount headcount) {
        upsert("hr/upsert-headcounts", "rows", null, List.of(headcount), GraphWriter::headcountRow, rows -> { });
    }

    private void replace(String origin, GraphPlan plan, LongConsumer written) {
        List<String> keep = plan.classes().stream().map(PlannedClass::id).toList();
        neo4j.query(cypher.query("import/clear-origin")).bind(origin).to("origin").bind(keep).to("keep").run();
        upsert("import/upsert-classes", "classes", origin, plan.classes(), GraphWriter::classRow, written);
        upsert("import/upsert-moves", "moves", origin, plan.moves(), GraphWriter::moveRow, written);
        neo4j.query(cypher.query("import/clear-empty-groups")).run();
    }

    private <T> void upsert(String query, String parameter, String origin, List<T> rows,
                            Function<T, Map<String, Object>> row, LongConsumer written) {
        for (List<T> batch : batches(rows)) {
            neo4j.query(cypher.query(query)).bind(origin).to("origin")
                    .bind(batch.stream().map(row).toList()).to(parameter).run();
            written.accept(batch.size());
        }
    }

    /** Rows in slices of {@value #BATCH}; all of them run in the one transaction. */
    static <T> List<List<T>> batches(List<T> rows) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            batches.add(rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        return batches;
    }

    private static Map<String, Object> classRow(PlannedClass c) {
        Map<String, Object> p = classProperties(c);
        Map<String, Object> row = new HashMap<>();
        row.put("id", c.id());
        row.put("agency", c.agency());
        row.put("agencyName", c.agencyName());
        row.put("family", c.family());
        row.put("familyId", c.agency() + "-" + TitleWords.slug(c.family()));
        row.put("familySummary", c.familySummary());
        row.put("tracks", p.get("tracks"));
        row.put("properties", p);
        return row;
    }

    /** The {@code JobClass} node's properties: the class as stated, and what search and routes compute from it. */
    private static Map<String, Object> classProperties(PlannedClass c) {
        ClassSpec spec = c.spec();
        List<Integer> numeric = spec.grades().stream().map(g -> g.replaceAll("\\D", "")).filter(g -> !g.isEmpty())
                .map(Integer::valueOf).sorted().toList();
        Map<String, Object> p = new HashMap<>();
        p.put("id", c.id());
        p.put("title", spec.title());
        p.put("aliases", spec.aliases());
        p.put("titleKeys", Stream.concat(Stream.of(spec.title()), spec.aliases().stream())
                .map(TitleWords::key).distinct().toList());
        p.put("titleKey", TitleWords.key(spec.title()));
        p.put("searchText", String.join(" ", spec.aliases()) + " " + String.join(" ", TitleWords.words(
                spec.title() + " " + String.join(" ", spec.aliases()))) + " " + c.family());
        p.put("agency", c.agency());
        p.put("agencyName", c.agencyName());
        p.put("family", c.family());
        p.put("code", spec.code());
        p.put("grades", spec.grades());
        p.put("lowestGrade", numeric.isEmpty() ? null : numeric.get(0));
        p.put("highestGrade", numeric.isEmpty() ? null : numeric.get(numeric.size() - 1));
        p.put("level", c.level());
        p.put("tracks", spec.tracks().stream().map(Track::label).sorted().toList());
        p.put("functions", c.functions());
        p.put("supervises", spec.supervises());
        requirements(spec.requirements(), p);
        p.put("summary", spec.summary());
        p.put("ladder", spec.ladder());
        p.put("ladderOrder", spec.order());
        p.put("sourceFile", c.sourceFile());
        p.put("sourceLine", spec.line());
        return p;
    }

    private static void requirements(Requirements req, Map<String, Object> p) {
        p.put("education", req.education() == null ? null : req.education().key());
        p.put("years", req.years());
        p.put("requirementText", req.text());
        p.put("condition", req.condition());
        p.put("substitutions", req.substitutions());
        p.put("experienceForEducation", req.experienceForEducation());
        p.put("educationForExperience", req.educationForExperience());
        p.put("masterReplacesYears", req.masterReplacesYears());
    }

    private static Map<String, Object> moveRow(PlannedMove m) {
        Map<String, Object> p = new HashMap<>();
        p.put("basis", m.basis());
        p.put("sourceFile", m.sourceFile());
        p.put("sourceLine", m.sourceLine());
        p.put("sharedGrades", m.sharedGrades().isEmpty() ? null : m.sharedGrades());
        p.put("confidence", m.confidence());
        return Map.of("type", m.type().name(), "from", m.from(), "to", m.to(), "properties", p);
    }

    private static Map<String, Object> headcountRow(PlannedHeadcount h) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("incumbents", h.incumbents());
        properties.put("authorized", h.authorized());
        properties.put("vacancies", h.vacancies());
        properties.put("sourceFile", h.sourceFile());
        properties.put("sourceLine", h.sourceLine());
        return Map.of("classId", h.classId(), "properties", properties);
    }

    private static Map<String, Object> historyRow(PlannedHistory h) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("people", h.people());
        properties.put("sourceFile", h.sourceFile());
        properties.put("sourceLine", h.sourceLine());
        return Map.of("from", h.from(), "to", h.to(), "year", h.year(), "properties", properties);
    }
}
