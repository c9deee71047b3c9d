package org.careergraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/**
 * Every {@code career-graph.*} setting is described for IDEs (configuration metadata with
 * a default and a description), listed in the README with the same default, and checked
 * when the application starts.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConfigurationPropertiesTests {

    private static final Pattern README_ROW = Pattern
        .compile("^\\| `(career-graph\\.[a-z0-9.\\-\\[\\]]+)` \\| (.*?) \\|");

    @Test
    void everySettingHasADescriptionAndTheReadmeListsItWithItsDefault() throws IOException {
        Map<String, JsonNode> metadata = metadata();
        Map<String, String> readme = readmeTable();
        assertThat(metadata).isNotEmpty();
        metadata
            .forEach((name, property) -> assertThat(property.path("description").asText()).as("description of %s", name)
                .isNotBlank());
        assertThat(readme.keySet()).as("career-graph.* settings in README.md's Configuration table")
            .containsExactlyInAnyOrderElementsOf(metadata.keySet());
        metadata.forEach(
                (name, property) -> assertThat(sameDefault(readme.get(name), property.get("defaultValue")))
                    .as("README.md's default of %s is '%s', the code's is %s", name, readme.get(name),
                            property.get("defaultValue"))
                    .isTrue());
    }

    @Test
    void anInvalidValueStopsTheStartAndNamesTheSetting(CapturedOutput output) {
        assertThatThrownBy(
                () -> start("--career-graph.embedded.bolt-port=70000", "--career-graph.embedded.page-cache=lots"));
        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
            .contains("Origin: \"career-graph.embedded.bolt-port\" from property source \"commandLineArgs\"")
            .contains("Reason: must be less than or equal to 65535")
            .contains("Origin: \"career-graph.embedded.page-cache\"")
            .contains("Reason: must be a size such as 64m, 512k or 2g")
            .doesNotContain("career-graph.embedded.http-port");
        assertThatThrownBy(() -> start("--career-graph.pipeline.default-attrition=1.5"));
        assertThat(output.getOut() + output.getErr()).contains("Origin: \"career-graph.pipeline.default-attrition\"")
            .contains("Reason: must be less than or equal to 1");
    }

    @Test
    void theDefaultsAreValid() {
        start().close();
    }

    private static org.springframework.context.ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(SettingsOnly.class).web(WebApplicationType.NONE).run(args);
    }

    /**
     * Binds and validates every settings record of the application, and starts nothing
     * else.
     */
    @Configuration(proxyBeanMethods = false)
    @ConfigurationPropertiesScan(basePackageClasses = CareerGraphApplication.class)
    static class SettingsOnly {

    }

    private static Map<String, JsonNode> metadata() throws IOException {
        try (InputStream in = ConfigurationPropertiesTests.class
            .getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("configuration metadata written by spring-boot-configuration-processor").isNotNull();
            JsonNode properties = new ObjectMapper().readTree(in).path("properties");
            return StreamSupport.stream(properties.spliterator(), false)
                .filter(p -> p.path("name").asText().startsWith("career-graph."))
                .collect(Collectors.toMap(p -> p.path("name").asText(), p -> p, (a, b) -> a, TreeMap::new));
        }
    }

    /**
     * The rows of README.md's Configuration table that name a career-graph.* setting:
     * name to default.
     */
    private static Map<String, String> readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("## Configuration");
        assertThat(start).as("README.md has a Configuration section").isNotNegative();
        List<String> section = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            section.add(line);
        }
        Map<String, String> rows = new TreeMap<>();
        for (String line : section) {
            Matcher row = README_ROW.matcher(line);
            if (row.find()) {
                rows.put(row.group(1), row.group(2).trim());
            }
        }
        return rows;
    }

    /**
     * Compares a README cell ({@code `7687`}, {@code `a`, `b`}, {@code none}) with a
     * metadata default.
     */
    private static boolean sameDefault(String cell, JsonNode value) {
        if (cell == null) {
            return false;
        }
        List<String> shown = new ArrayList<>();
        Matcher code = Pattern.compile("`([^`]*)`").matcher(cell);
        while (code.find()) {
            shown.add(code.group(1));
        }
        if (value == null || value.isNull() || (value.isArray() && value.isEmpty())) {
            return shown.isEmpty();
        }
        String text = value.asText();
        List<String> expected = value.isArray()
                ? StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText).toList()
                : text.startsWith("[") && text.endsWith("]") // a list default, as the
                                                             // processor writes it
                        ? List.of(text.substring(1, text.length() - 1).split(", ")) : List.of(text);
        if (value.isNumber()) {
            return shown.size() == 1 && shown.get(0).matches("[0-9.]+")
                    && Double.parseDouble(shown.get(0)) == value.asDouble();
        }
        return shown.equals(expected);
    }

}
