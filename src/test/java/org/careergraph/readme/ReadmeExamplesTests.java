package org.careergraph.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * Runs every console example of README.md, in order, as a reader would, against the app on the seed documents,
 * and fails when an output differs from the one the README shows (see {@link ExampleOutput} for how, and for
 * the {@code …} that marks what varies). The commands run in bash from the project folder with curl and jq,
 * {@code localhost:8080} pointing at this test's port and {@code /tmp/} at a temporary folder. The app's own
 * command lines ({@code ./mvnw spring-boot:run -Dspring-boot.run.arguments=…}, {@code java -jar target/….jar …}):
 * an HR import or export runs through the same command-line code inside this app, since the embedded database
 * belongs to one process; any other start runs the app's main class in a new JVM on this build's classpath,
 * with a data folder of its own.
 */
@GraphApiTest
@ExtendWith(OutputCaptureExtension.class)
class ReadmeExamplesTests {

    private static final Pattern COMMAND_LINE = Pattern.compile(
            "\\./mvnw spring-boot:run -Dspring-boot\\.run\\.arguments=(\\S+)|java -jar target/career-graph-\\S+\\.jar (.+)");

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    HrCommandLine commandLine;

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
                .as("lines starting with '$ ' outside ```console blocks, which would not be checked").isEmpty();
        assertThat(ConsoleExample.in(readme())).hasSizeGreaterThan(20);
    }

    @TestFactory
    Stream<DynamicTest> everyConsoleExampleGivesTheOutputTheReadmeShows(CapturedOutput captured) throws IOException {
        return ConsoleExample.in(readme()).stream().map(example -> DynamicTest.dynamicTest(example.toString(), () -> {
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
                        --- (in the README, … marks what varies from run to run or is left out)"""
                        .formatted(example.line(), example.section(), difference.get(), example.command(),
                                example.output(), printed.stripTrailing()));
            }
        }));
    }

    private String run(String command, CapturedOutput captured) throws IOException, InterruptedException {
        Matcher app = COMMAND_LINE.matcher(command.strip());
        if (app.matches()) {
            String[] arguments = (app.group(1) != null ? app.group(1) : app.group(2)).split("\\s+");
            if (HrCommandLine.requested(arguments)) {
                int from = captured.getOut().length();
                commandLine.run(new DefaultApplicationArguments(arguments));
                return captured.getOut().substring(from);
            }
            return start(arguments);
        }
        String local = command.replace("localhost:8080", "localhost:" + port).replace("/tmp/", tmp + "/");
        return output(new ProcessBuilder("bash", "-c", local), command, true);
    }

    /** The app started with these arguments in a JVM of its own; what it prints until it exits. */
    private String start(String[] arguments) throws IOException, InterruptedException {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CareerGraphApplication.class.getName()));
        java.addAll(List.of(arguments));
        java.add("--career-graph.embedded.data-directory=" + tmp.resolve("data"));
        return output(new ProcessBuilder(java), String.join(" ", arguments), false);
    }

    private String output(ProcessBuilder builder, String command, boolean mustSucceed)
            throws IOException, InterruptedException {
        Path file = Files.createTempFile(tmp, "output-", ".txt");
        Process process = builder.redirectErrorStream(true).redirectOutput(file.toFile()).start();
        boolean exited = process.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor();
        }
        String printed = Files.readString(file, StandardCharsets.UTF_8);
        if (!exited) {
            fail("still running after 120 s: " + command + "\n" + printed);
        }
        if (mustSucceed && process.exitValue() != 0) {
            fail("exit code " + process.exitValue() + " (curl and jq must be installed, .ci/run installs them): "
                    + command + "\n" + printed);
        }
        return printed;
    }
}
