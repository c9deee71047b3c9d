package org.careergraph.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.careergraph.CareerGraphApplication;
import org.careergraph.GraphApiTest;
import org.careergraph.HrUploads;
import org.careergraph.hr.HrCommandLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Runs every console example of README.md, in order, as a reader would, against the app
 * on the seed documents, and fails when an output differs from the one the README shows
 * (see {@link ExampleOutput} for how, and for the {@code …} that marks what varies). The
 * commands run in bash from the project folder with curl and jq, {@code localhost:8080}
 * pointing at this test's port and {@code /tmp/} at a temporary folder. An HR import by
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments=--import-hr=…} (with the app
 * stopped, as the README says) runs through the same command-line code inside this app;
 * {@code java -jar target/….jar} runs the app's main class in a new JVM on this build's
 * classpath, beside the running app and on its data folder, as a reader's second start
 * would. A {@code ```console} block the build cannot run is marked on the line before it
 * with {@link ConsoleExample#NOT_RUN} and the reason, and its examples are reported as
 * skipped with that reason.
 */
@GraphApiTest
@ExtendWith(OutputCaptureExtension.class)
class ReadmeExamplesTests {

    private static final Pattern MAVEN_RUN = Pattern
        .compile("\\./mvnw spring-boot:run -Dspring-boot\\.run\\.arguments=(\\S+)");

    private static final Pattern JAR = Pattern.compile("java -jar target/career-graph-\\S+\\.jar");

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    HrCommandLine commandLine;

    @Autowired
    Neo4jClient neo4j;

    @TempDir
    Path tmp;

    static List<String> readme() throws IOException {
        return Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    @BeforeEach
    void startFromTheSeedDocumentsOnly() {
        HrUploads.clear(http);
    }

    @AfterEach
    void leaveTheSeedDocumentsOnly() {
        HrUploads.clear(http);
    }

    @Test
    void everyExampleIsInAConsoleBlock() throws IOException {
        assertThat(ConsoleExample.outsideConsoleBlocks(readme()))
            .as("lines starting with '$ ' outside ```console blocks, which would not be checked")
            .isEmpty();
        assertThat(ConsoleExample.in(readme())).hasSizeGreaterThan(20);
        assertThat(ConsoleExample.in(readme()).stream().filter(e -> e.notRun() != null))
            .as("examples marked as not run by the build must say why")
            .allMatch(e -> e.notRun().length() > 10);
    }

    @TestFactory
    Stream<DynamicTest> everyConsoleExampleGivesTheOutputTheReadmeShows(CapturedOutput captured) throws IOException {
        return ConsoleExample.in(readme()).stream().map(example -> DynamicTest.dynamicTest(example.toString(), () -> {
            assumeTrue(example.notRun() == null, () -> "README.md line " + example.line() + " is marked as not run by "
                    + "the build: " + example.notRun());
            String printed = run(example.command(), captured);
            Optional<String> difference = ExampleOutput.difference(example.output(), printed);
            if (difference.isPresent()) {
                fail("""
                        README.md line %d (%s) shows an output the app does not give: %s.
                        $ %s
                        --- the README shows:
                        %s
                        --- the app printed:
                        %s
                        --- (in the README, … marks what varies from run to run or is left out)""".formatted(
                        example.line(), example.section(), difference.get(), example.command(), example.output(),
                        printed.stripTrailing()));
            }
        }));
    }

    private String run(String command, CapturedOutput captured) throws IOException, InterruptedException {
        Matcher mvnw = MAVEN_RUN.matcher(command.strip());
        if (mvnw.matches() && HrCommandLine.requested(mvnw.group(1).split("\\s+"))) {
            int from = captured.getOut().length();
            commandLine.run(new DefaultApplicationArguments(mvnw.group(1).split("\\s+")));
            return captured.getOut().substring(from);
        }
        String local = command.replace("localhost:8080", "localhost:" + port).replace("/tmp/", tmp + "/");
        Matcher jar = JAR.matcher(local);
        ProcessBuilder bash = new ProcessBuilder("bash", "-c",
                jar.replaceAll(Matcher
                    .quoteReplacement("'" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
                            + System.getProperty("java.class.path") + "' " + CareerGraphApplication.class.getName())));
        if (jar.reset().find()) {
            // the app's other settings as a reader's running app has them: its data
            // folder, ports of its own
            bash.environment().put("CAREER_GRAPH_EMBEDDED_DATA_DIRECTORY", dataDirectory());
            bash.environment().put("SERVER_PORT", "0");
            bash.environment().put("CAREER_GRAPH_EMBEDDED_BOLT_PORT", "0");
            bash.environment().put("CAREER_GRAPH_EMBEDDED_HTTP_PORT", "0");
            return output(bash, command, false);
        }
        return output(bash, command, true);
    }

    /** The data folder the running app's Neo4j keeps its store in. */
    private String dataDirectory() {
        return neo4j
            .query("CALL dbms.listConfig('server.directories.data') YIELD name, value "
                    + "WHERE name = 'server.directories.data' RETURN value")
            .fetchAs(String.class)
            .one()
            .orElseThrow();
    }

    private String output(ProcessBuilder builder, String command, boolean mustSucceed)
            throws IOException, InterruptedException {
        Path file = Files.createTempFile(tmp, "output-", ".txt");
        Process process = builder.redirectErrorStream(true).redirectOutput(file.toFile()).start();
        boolean exited = process.waitFor(300, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor();
        }
        String printed = Files.readString(file, StandardCharsets.UTF_8);
        if (!exited) {
            fail("still running after 300 s: " + command + "\n" + printed);
        }
        if (mustSucceed && process.exitValue() != 0) {
            fail("exit code " + process.exitValue() + " (curl and jq must be installed, .ci/run installs them): "
                    + command + "\n" + printed);
        }
        return printed;
    }

}
