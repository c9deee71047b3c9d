package org.careergraph.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careergraph.GraphApiTest;
import org.careergraph.HrUploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The README's graph model lists every label, relationship type and property the app
 * writes: checked against Neo4j's own schema on the seed graph with HR's files (classes,
 * moves, headcounts, history) loaded, both ways, so a new property cannot go undocumented
 * and a documented one cannot quietly disappear.
 */
@GraphApiTest
class GraphModelDocumentationTests {

    private static final Pattern ROW = Pattern.compile("^\\| (.+?) \\| (.+?) \\|$");

    private static final Pattern ELEMENT = Pattern.compile("`([(\\[]):(\\w+)[)\\]]`");

    private static final Pattern PROPERTY = Pattern.compile("`(\\w+)`");

    @Autowired
    Neo4jClient neo4j;

    @Autowired
    TestRestTemplate http;

    @AfterEach
    void leaveTheSeedDocumentsOnly() {
        HrUploads.clear(http);
    }

    @Test
    void theGraphModelSectionListsEveryLabelTypeAndPropertyInTheDatabase() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("classes",
                """
                        id,title,agency,agencyName,family,familySummary,grades,tracks,functions,code,education,years,requirements,summary,sourceFile,sourceLine
                        dot-network-intern,Network Intern,dot,Department of Transportation,Network Services,Runs the network,12,Technical;Management,network,N1,high-school,0,High school and no experience,Learns the network,classes.csv,2
                        dot-network-analyst,Network Analyst,dot,Department of Transportation,Network Services,,14;16,Technical,network,N2,associate,2,,Runs the network,,
                        """);
        files.put("moves", """
                type,from,to,basis,sharedGrades,confidence
                PROMOTES_TO,dot-network-intern,dot-network-analyst,next class up,,
                SAME_GRADE,dot-network-analyst,mshp-network-operations-technician,shares grade 14,14,
                PEER_OF,dot-network-analyst,coh-it-specialist-infrastructure,the same network work,,0.75
                """);
        files.put("headcounts", HrUploads.sample("headcounts"));
        files.put("history", HrUploads.sample("history"));
        assertThat(HrUploads.upload(http, files).getStatusCode().value()).isEqualTo(200);

        Map<String, Set<String>> documented = documented();
        Map<String, Set<String>> inDatabase = inDatabase();

        assertThat(inDatabase).containsKeys("(:JobClass)", "(:Headcount)", "[:MOVED]", "[:PEER_OF]");
        assertThat(documented).as("README.md, section 'The graph model', against the database's schema")
            .isEqualTo(inDatabase);
    }

    /**
     * {@code (:Label)} or {@code [:TYPE]} to its properties, from the table in the
     * README's graph model section.
     */
    static Map<String, Set<String>> documented() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## The graph model");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Map<String, Set<String>> elements = new TreeMap<>();
        for (String line : section.lines().toList()) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            Set<String> properties = new TreeSet<>();
            Matcher p = PROPERTY.matcher(row.group(2));
            while (p.find()) {
                properties.add(p.group(1));
            }
            Matcher e = ELEMENT.matcher(row.group(1));
            while (e.find()) {
                elements.put(e.group(1).equals("(") ? "(:" + e.group(2) + ")" : "[:" + e.group(2) + "]",
                        new TreeSet<>(properties));
            }
        }
        return elements;
    }

    /**
     * The same from Neo4j: a property of a node counts for its first label that is not a
     * track label.
     */
    Map<String, Set<String>> inDatabase() {
        Map<String, Set<String>> elements = new TreeMap<>();
        for (Map<String, Object> row : neo4j
            .query("CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName "
                    + "RETURN nodeLabels, propertyName")
            .fetch()
            .all()) {
            List<String> labels = new ArrayList<>(
                    ((List<?>) row.get("nodeLabels")).stream().map(String::valueOf).toList());
            labels.forEach(label -> elements.computeIfAbsent("(:" + label + ")", l -> new TreeSet<>()));
            String owner = labels.contains("JobClass") ? "JobClass"
                    : labels.contains("Statement") ? "Statement" : labels.get(0);
            if (row.get("propertyName") != null) {
                elements.get("(:" + owner + ")").add((String) row.get("propertyName"));
            }
        }
        for (Map<String, Object> row : neo4j
            .query("CALL db.schema.relTypeProperties() YIELD relType, propertyName " + "RETURN relType, propertyName")
            .fetch()
            .all()) {
            String type = "[:" + ((String) row.get("relType")).replaceAll("[:`]", "") + "]";
            Set<String> properties = elements.computeIfAbsent(type, t -> new TreeSet<>());
            if (row.get("propertyName") != null) {
                properties.add((String) row.get("propertyName"));
            }
        }
        return elements;
    }

}
