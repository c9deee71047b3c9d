package org.careergraph.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.importer.GraphPlan.PlannedClass;
import org.careergraph.importer.GraphPlan.PlannedMove;
import org.careergraph.vocabulary.TitleWords;
import org.careergraph.vocabulary.Track;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes a planned graph in one transaction, replacing what the same origin wrote before. */
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

    @Transactional
    public void replace(String origin, GraphPlan plan) {
        replace(origin, plan, written -> { });
    }

    /**
     * Replaces what {@code origin} wrote before with the plan, in the caller's transaction or a new one.
     *
     * @param written told the running count of classes and moves written, after each batch
     */
    @Transactional
    public void replace(String origin, GraphPlan plan, LongConsumer written) {
        List<String> keep = plan.classes().stream().map(PlannedClass::id).toList();
        neo4j.query(cypher.query("import/clear-origin")).bind(origin).to("origin").bind(keep).to("keep").run();
        long done = 0;
        for (List<PlannedClass> batch : batches(plan.classes())) {
            neo4j.query(cypher.query("import/upsert-classes")).bind(origin).to("origin")
                    .bind(batch.stream().map(GraphWriter::classRow).toList()).to("classes").run();
            written.accept(done += batch.size());
        }
        for (List<PlannedMove> batch : batches(plan.moves())) {
            neo4j.query(cypher.query("import/upsert-moves")).bind(origin).to("origin")
                    .bind(batch.stream().map(GraphWriter::moveRow).toList()).to("moves").run();
            written.accept(done += batch.size());
        }
        neo4j.query(cypher.query("import/clear-empty-groups")).run();
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
        ClassSpec spec = c.spec();
        Requirements req = spec.requirements();
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
        p.put("education", req.education() == null ? null : req.education().key());
        p.put("years", req.years());
        p.put("requirementText", req.text());
        p.put("condition", req.condition());
        p.put("substitutions", req.substitutions());
        p.put("experienceForEducation", req.experienceForEducation());
        p.put("educationForExperience", req.educationForExperience());
        p.put("masterReplacesYears", req.masterReplacesYears());
        p.put("summary", spec.summary());
        p.put("ladder", spec.ladder());
        p.put("ladderOrder", spec.order());
        p.put("sourceFile", c.sourceFile());
        p.put("sourceLine", spec.line());
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

    private static Map<String, Object> moveRow(PlannedMove m) {
        Map<String, Object> p = new HashMap<>();
        p.put("basis", m.basis());
        p.put("sourceFile", m.sourceFile());
        p.put("sourceLine", m.sourceLine());
        p.put("sharedGrades", m.sharedGrades().isEmpty() ? null : m.sharedGrades());
        p.put("confidence", m.confidence());
        return Map.of("type", m.type().name(), "from", m.from(), "to", m.to(), "properties", p);
    }
}
