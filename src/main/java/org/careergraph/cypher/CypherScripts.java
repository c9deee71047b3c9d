package org.careergraph.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Loads the Cypher the service runs from the same {@code cypher/*.cypher} files a person
 * runs in Neo4j Browser, so there is one source of truth for every query.
 */
@Component
public class CypherScripts {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /**
     * One query, e.g. {@code query("routes/candidate-routes")}, with its trailing
     * semicolon removed.
     */
    public String query(String name) {
        return cache.computeIfAbsent(name, n -> {
            List<String> statements = statements(n);
            if (statements.size() != 1) {
                throw new IllegalStateException("cypher/" + n + ".cypher must hold exactly one statement");
            }
            return statements.get(0);
        });
    }

    /**
     * Every statement of a script such as {@code schema}, split at semicolons that end a
     * line.
     */
    public List<String> statements(String name) {
        String path = "cypher/" + name + ".cypher";
        try (InputStream in = CypherScripts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split(";\\s*(\\r?\\n|$)"))
                .map(CypherScripts::withoutComments)
                .filter(s -> !s.isBlank())
                .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static String withoutComments(String statement) {
        return Arrays.stream(statement.split("\\r?\\n"))
            .filter(line -> !line.strip().startsWith("//"))
            .reduce((a, b) -> a + "\n" + b)
            .orElse("")
            .strip();
    }

}
