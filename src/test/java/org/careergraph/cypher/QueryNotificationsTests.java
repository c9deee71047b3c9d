package org.careergraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.careergraph.GraphApiTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.NotificationCategory;
import org.neo4j.driver.NotificationConfig;
import org.neo4j.driver.NotificationSeverity;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.Notification;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Plans every query under {@code cypher/} (EXPLAIN, with representative parameters) with
 * all of Neo4j's notifications switched on, and fails on any of warning severity or of
 * the performance category, such as a Cartesian product: those are slow or wrong on a
 * state-size graph long before anyone reads a log.
 */
@GraphApiTest
class QueryNotificationsTests {

    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    /**
     * A representative value for every parameter a query under cypher/ takes; a new
     * parameter needs one here.
     */
    private static final Map<String, Object> EXAMPLES = examples();

    @Autowired
    Driver driver;

    @Autowired
    CypherScripts cypher;

    @Test
    void noQueryTheAppRunsTriggersAWarningOrAPerformanceNotification() throws IOException {
        List<String> scripts = scripts();
        List<String> problems = new ArrayList<>();
        try (Session session = driver
            .session(SessionConfig.builder().withNotificationConfig(NotificationConfig.defaultConfig()).build())) {
            for (String script : scripts) {
                for (String statement : cypher.statements(script)) {
                    ResultSummary summary = plan(session, statement);
                    for (Notification n : summary.notifications()) {
                        if (severity(n).filter(NotificationSeverity.WARNING::equals).isPresent()
                                || category(n).filter(NotificationCategory.PERFORMANCE::equals).isPresent()) {
                            problems.add("cypher/" + script + ".cypher: " + n.code() + " ("
                                    + n.rawSeverityLevel().orElse("?") + ", " + n.rawCategory().orElse("?") + ") "
                                    + n.description()
                                    + (n.position() == null ? "" : " at line " + n.position().line()));
                        }
                    }
                }
            }
        }

        assertThat(scripts).contains("routes/candidate-routes", "hr/upsert-history", "pipeline/projection-graph",
                "schema");
        assertThat(problems).as("notifications of warning severity or the performance category").isEmpty();
    }

    /**
     * Schema commands cannot be explained; they are idempotent, so they run (as at every
     * start).
     */
    private static ResultSummary plan(Session session, String statement) {
        boolean schema = statement.startsWith("CREATE CONSTRAINT") || statement.startsWith("CREATE INDEX")
                || statement.startsWith("CREATE FULLTEXT INDEX") || statement.startsWith("CALL db.awaitIndexes");
        return session.run(schema ? statement : "EXPLAIN " + statement, parameters(statement)).consume();
    }

    private static Map<String, Object> parameters(String statement) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Matcher m = PARAMETER.matcher(statement);
        while (m.find()) {
            String name = m.group(1);
            assertThat(EXAMPLES).as("a representative value for $" + name).containsKey(name);
            parameters.put(name, EXAMPLES.get(name));
        }
        return parameters;
    }

    /**
     * Every .cypher file under cypher/, by name without the extension, e.g.
     * {@code routes/reachable}.
     */
    private static List<String> scripts() throws IOException {
        Path root = Path.of("cypher");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".cypher"))
                .sorted()
                .map(f -> root.relativize(f).toString().replace('\\', '/').replaceFirst("\\.cypher$", ""))
                .toList();
        }
    }

    private static Optional<NotificationSeverity> severity(Notification n) {
        return n.severityLevel();
    }

    private static Optional<NotificationCategory> category(Notification n) {
        return n.category();
    }

    private static Map<String, Object> examples() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("from", "mshp-associate-network-operations-technician");
        e.put("to", "mshp-director-of-strategy-and-planning-level-3");
        e.put("id", "mshp-network-operations-technician");
        e.put("ids", List.of("mshp-network-operations-technician", "mshp-network-operations-supervisor"));
        e.put("moveTypes", List.of("PROMOTES_TO", "SAME_GRADE", "PEER_OF"));
        e.put("track", "Technical");
        e.put("crossAgency", true);
        e.put("maxMoves", 6);
        e.put("limit", 20);
        e.put("all", "director AND level AND 3");
        e.put("any", "technican~1 OR chief");
        e.put("suggest", 5);
        e.put("window", Map.of("limit", 100));
        e.put("count", 10);
        e.put("technical", false);
        e.put("batch", 1000);
        e.put("class", "mshp-network-operations-technician");
        e.put("fromYear", 2022);
        e.put("toYear", 2024);
        e.put("groups", List.of(Map.of("agency", "mshp", "agencyName", "MSHP", "familyId", "mshp-network-operations",
                "family", "Network Operations", "familySummary", "example")));
        e.put("pairs", List
            .of(Map.of("from", "mshp-network-operations-technician", "to", "mshp-network-operations-supervisor")));
        e.put("review",
                Map.of("from", "mshp-network-operations-technician", "to", "mshp-client-support-professional", "type",
                        "PROMOTES_TO", "basis", "example", "reviewedBy", "hr", "reviewedAt", "2026-12-02T03:10:00Z",
                        "people", 7, "years", List.of(2022, 2023, 2024)));
        e.put("statements",
                List.of(Map.of("classId", "mshp-network-operations-technician", "key", "responsibility:example", "kind",
                        "responsibility", "label", "Responsibility", "text", "example", "relationship", "PERFORMS",
                        "properties",
                        Map.of("order", 0, "sourceFile", "example.txt", "sourceLine", 1, "seriesWide", false))));
        e.put("agency", "mshp");
        e.put("agencies", List.of("mshp"));
        e.put("families", List.of("mshp-network-operations"));
        e.put("include", List.of("coh-it-lead-infrastructure"));
        e.put("ladders", true);
        e.put("groupLimit", 40);
        e.put("origin", "hr");
        e.put("keep", List.of("mshp-network-operations-technician"));
        e.put("classes", List.of(Map.of("id", "hr-analyst", "agency", "hr", "agencyName", "HR", "family", "Analysts",
                "familyId", "hr-analysts", "tracks", List.of("Technical"), "properties", Map.of("title", "Analyst"))));
        e.put("moves", List.of(Map.of("type", "PROMOTES_TO", "from", "mshp-network-operations-technician", "to",
                "mshp-network-operations-supervisor", "properties", Map.of("basis", "example"))));
        e.put("rows",
                List.of(Map.of("classId", "mshp-network-operations-technician", "from",
                        "mshp-network-operations-technician", "to", "mshp-network-operations-supervisor", "year", 2023,
                        "properties", Map.of("incumbents", 40, "authorized", 45))));
        return e;
    }

}
