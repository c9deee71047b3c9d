package org.careergraph.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.importer.GraphPlan.PlannedClass;
import org.careergraph.importer.GraphPlan.PlannedMove;
import org.careergraph.importer.ImportPlan.PlannedHeadcount;
import org.careergraph.importer.ImportPlan.PlannedHistory;
import org.careergraph.observed.DeFactoMoves;
import org.careergraph.vocabulary.ItemKind;
import org.careergraph.vocabulary.TitleWords;
import org.careergraph.vocabulary.Track;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one writer of the graph, whichever front end planned the import. A state-size
 * import does not fit one transaction, and Neo4j shows each committed transaction to
 * readers at once, so the writer never changes what readers see until the end: it stages
 * the import's classes and moves in batches as {@code :StagedClass} nodes (each batch its
 * own transaction; no reader query matches them), then switches in one transaction (the
 * origin's old classes retire, the staged ones become {@code :JobClass}, relationships
 * others own move over), then deletes the retired classes in batches, in the background.
 * Killed at any moment, the graph readers see is the old one or the new one; what a
 * killed import leaves behind is invisible and deleted by the next import or start.
 */
@Component
public class GraphWriter {

    /** Rows per statement and per staging transaction. */
    static final int BATCH = 5_000;

    private static final Logger log = LoggerFactory.getLogger(GraphWriter.class);

    private final Neo4jClient neo4j;

    private final CypherScripts cypher;

    private final TransactionTemplate transactions;

    private final DeFactoMoves deFacto;

    private final UnseenClasses unseen;

    GraphWriter(Neo4jClient neo4j, CypherScripts cypher, PlatformTransactionManager transactions, DeFactoMoves deFacto,
            UnseenClasses unseen) {
        this.neo4j = neo4j;
        this.cypher = cypher;
        this.transactions = new TransactionTemplate(transactions);
        this.deFacto = deFacto;
        this.unseen = unseen;
    }

    /**
     * Writes every part the plan has; a part it leaves out keeps what the graph holds.
     * @param written told the running count of rows written, after each batch
     */
    void write(ImportPlan plan, LongConsumer written) {
        long[] done = { 0 };
        LongConsumer counted = rows -> written.accept(done[0] += rows);
        unseen.awaitDeletion();
        unseen.discard();
        long started = System.nanoTime();
        try {
            List<PlannedMove> deferred = plan.structure() == null ? List.of()
                    : stage(plan.origin(), plan.structure(), counted);
            long staged = System.nanoTime();
            transactions.executeWithoutResult(status -> switchTo(plan, deferred, counted));
            // where an import's time goes, for whoever sizes the machine for a state's
            // import (logging.level.org.careergraph.importer=debug)
            log.debug("{}: staged {} rows in {} ms, switched readers to them in {} ms", plan.origin(), done[0],
                    (staged - started) / 1_000_000, (System.nanoTime() - staged) / 1_000_000);
        }
        catch (RuntimeException e) {
            unseen.discardQuietly();
            throw e;
        }
        unseen.deleteInBackground(plan.origin());
    }

    /**
     * One class's headcount, as an edit through the API sets it, in the caller's
     * transaction.
     */
    public void setHeadcount(PlannedHeadcount headcount) {
        upsert("hr/upsert-headcounts", "rows", null, List.of(headcount), GraphWriter::headcountRow, rows -> {
        });
    }

    /**
     * Stages the classes, the moves among them and what the classes state, each batch
     * committed; returns the moves left for the switch.
     */
    private List<PlannedMove> stage(String origin, GraphPlan plan, LongConsumer written) {
        upsert("import/stage-classes", "classes", origin, plan.classes(), GraphWriter::classRow, written);
        Set<String> staged = plan.classes().stream().map(PlannedClass::id).collect(Collectors.toSet());
        Map<Boolean, List<PlannedMove>> stageable = plan.moves()
            .stream()
            .collect(Collectors.partitioningBy(m -> staged.contains(m.from()) && staged.contains(m.to())));
        upsert("import/stage-moves", "moves", origin, stageable.get(true), GraphWriter::moveRow, written);
        upsert("import/stage-statements", "statements", origin,
                plan.classes().stream().flatMap(GraphWriter::statementRows).toList(), Function.identity(), rows -> {
                });
        return stageable.get(false);
    }

    /** The one transaction that makes the import the graph readers see. */
    private void switchTo(ImportPlan plan, List<PlannedMove> deferred, LongConsumer written) {
        if (plan.structure() != null) {
            String origin = plan.origin();
            neo4j.query(cypher.query("import/retire-origin")).bind(origin).to("origin").run();
            neo4j.query(cypher.query("import/promote-staged")).run();
            neo4j.query(cypher.query("import/carry-over")).bind(origin).to("origin").run();
            neo4j.query(cypher.query("import/clear-origin-moves")).bind(origin).to("origin").run();
            upsert("import/upsert-groups", "groups", origin, groups(plan.structure()), g -> g, rows -> {
            });
            upsert("import/upsert-moves", "moves", origin, deferred, GraphWriter::moveRow, written);
        }
        if (plan.headcounts() != null) {
            neo4j.query(cypher.query("hr/clear-headcounts"))
                .bind(plan.headcounts().stream().map(PlannedHeadcount::classId).toList())
                .to("keep")
                .run();
            upsert("hr/upsert-headcounts", "rows", null, plan.headcounts(), GraphWriter::headcountRow, written);
        }
        if (plan.history() != null) {
            neo4j.query(cypher.query("hr/clear-history"))
                .bind(plan.history().stream().map(h -> h.from() + ">" + h.to() + "@" + h.year()).toList())
                .to("keep")
                .run();
            upsert("hr/upsert-history", "rows", null, plan.history(), GraphWriter::historyRow, written);
        }
        if (plan.structure() != null || plan.history() != null) {
            // a move now listed is no longer de facto, one dropped may be again, and new
            // history may add some
            deFacto.refresh();
        }
    }

    private <T> void upsert(String query, String parameter, String origin, List<T> rows,
            Function<T, Map<String, Object>> row, LongConsumer written) {
        for (List<T> batch : batches(rows)) {
            neo4j.query(cypher.query(query))
                .bind(origin)
                .to("origin")
                .bind(batch.stream().map(row).toList())
                .to(parameter)
                .run();
            written.accept(batch.size());
        }
    }

    /**
     * The agencies and families of the plan's classes, each once, with their names and
     * summaries.
     */
    private static List<Map<String, Object>> groups(GraphPlan plan) {
        Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
        for (PlannedClass c : plan.classes()) {
            Map<String, Object> group = new HashMap<>();
            group.put("agency", c.agency());
            group.put("agencyName", c.agencyName());
            group.put("familyId", familyId(c));
            group.put("family", c.family());
            group.put("familySummary", c.familySummary());
            groups.merge(familyId(c), group, (a, b) -> a.get("familySummary") == null ? b : a);
        }
        return List.copyOf(groups.values());
    }

    private static String familyId(PlannedClass c) {
        return c.agency() + "-" + TitleWords.slug(c.family());
    }

    /** Rows in slices of {@value #BATCH}. */
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
        row.put("familyId", familyId(c));
        row.put("familySummary", c.familySummary());
        row.put("tracks", p.get("tracks"));
        row.put("properties", p);
        return row;
    }

    /**
     * The {@code JobClass} node's properties: the class as stated, and what search and
     * routes compute from it.
     */
    private static Map<String, Object> classProperties(PlannedClass c) {
        ClassSpec spec = c.spec();
        List<Integer> numeric = spec.grades()
            .stream()
            .map(g -> g.replaceAll("\\D", ""))
            .filter(g -> !g.isEmpty())
            .map(Integer::valueOf)
            .sorted()
            .toList();
        Map<String, Object> p = new HashMap<>();
        p.put("id", c.id());
        p.put("title", spec.title());
        p.put("aliases", spec.aliases());
        p.put("titleKeys",
                Stream.concat(Stream.of(spec.title()), spec.aliases().stream())
                    .map(TitleWords::key)
                    .distinct()
                    .toList());
        p.put("titleKey", TitleWords.key(spec.title()));
        p.put("searchText",
                String.join(" ", spec.aliases()) + " "
                        + String.join(" ", TitleWords.words(spec.title() + " " + String.join(" ", spec.aliases())))
                        + " " + c.family());
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
        p.put("supervision", spec.profile().supervision() == null ? null : spec.profile().supervision().key());
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

    /**
     * One row per statement the class's document makes, for
     * {@code import/stage-statements}.
     */
    private static Stream<Map<String, Object>> statementRows(PlannedClass c) {
        ClassProfile profile = c.spec().profile();
        List<StatedItem> items = profile.items();
        return java.util.stream.IntStream.range(0, items.size()).mapToObj(order -> {
            StatedItem item = items.get(order);
            Map<String, Object> p = new HashMap<>();
            p.put("order", order);
            p.put("sourceFile", c.sourceFile());
            p.put("sourceLine", item.line());
            p.put("seriesWide", item.seriesWide());
            if (item.kind() == ItemKind.SUPERVISION && profile.supervision() != null) {
                p.put("level", profile.supervision().key());
            }
            return Map.of("classId", c.id(), "key", item.key(), "kind", item.kind().section(), "label",
                    item.kind().label(), "text", item.text(), "relationship", item.kind().relationship(), "properties",
                    p);
        });
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
