package org.careergraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.careergraph.CareerGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;

/**
 * One owner per embedded store: a second process (the command-line import next to the
 * running app) is refused at once with its own exit code, and the owner keeps answering.
 */
class DataFolderOwnershipTests {

    @Test
    void aSecondServerOnTheSameFolderIsRefusedAtOnce(@TempDir Path home) {
        try (var owner = EmbeddedNeo4jServer.start(EmbeddedNeo4jAuthTests.server(home))) {
            assertThatThrownBy(() -> EmbeddedNeo4jServer.start(EmbeddedNeo4jAuthTests.server(home)))
                .isInstanceOf(DataFolderInUseException.class)
                .hasMessageContaining(
                        "is in use by another Career Graph process (pid " + ProcessHandle.current().pid() + ")");
            assertThat(EmbeddedNeo4jAuthTests.answer(owner, AuthTokens.none())).isEqualTo(1);
        }
        try (var next = EmbeddedNeo4jServer.start(EmbeddedNeo4jAuthTests.server(home))) {
            assertThat(EmbeddedNeo4jAuthTests.answer(next, AuthTokens.none())).isEqualTo(1);
        }
    }

    @Test
    void theCommandLineImportIsRefusedWhileTheAppHoldsTheFolder(@TempDir Path home) throws Exception {
        try (var owner = EmbeddedNeo4jServer.start(EmbeddedNeo4jAuthTests.server(home))) {
            Process importer = new ProcessBuilder(
                    List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                            "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                            "--add-opens=java.base/java.nio=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                            CareerGraphApplication.class.getName(), "--import-hr=seeds/hr",
                            "--career-graph.embedded.data-directory=" + home, "--career-graph.embedded.bolt-port=0",
                            "--career-graph.embedded.http-port=0"))
                .redirectErrorStream(true)
                .start();
            long startedAt = System.nanoTime();
            String output = new String(importer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(importer.waitFor(2, TimeUnit.MINUTES)).isTrue();
            System.out.printf("Command-line import refused after %d ms%n", (System.nanoTime() - startedAt) / 1_000_000);

            assertThat(importer.exitValue()).as(output).isEqualTo(DataFolderInUseException.EXIT_CODE);
            assertThat(output).contains("The data folder " + home.toRealPath() + " is in use by another Career Graph "
                    + "process (pid " + ProcessHandle.current().pid() + ")", "POST /api/hr/import");
            assertThat(EmbeddedNeo4jAuthTests.answer(owner, AuthTokens.none())).isEqualTo(1);
        }
    }

}
