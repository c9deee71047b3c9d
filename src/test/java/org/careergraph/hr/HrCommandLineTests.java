package org.careergraph.hr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careergraph.GraphApiTest;
import org.careergraph.HrUploads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The command-line import and export of HR's files, with its progress bar and exit codes.
 */
@GraphApiTest
class HrCommandLineTests {

    @Autowired
    HrCommandLine command;

    @Autowired
    TestRestTemplate http;

    final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @AfterEach
    void clearHrData() {
        HrUploads.clear(http);
    }

    String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importsAFolderWithAProgressBar(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("headcounts.csv"), HrUploads.sample("headcounts"));
        Files.writeString(folder.resolve("history.csv"), HrUploads.sample("history"));

        int exit = command.importFolder(folder, out, false);

        assertThat(exit).isZero();
        assertThat(output()).isEqualTo(String.join(System.lineSeparator(),
                "[##############################] 100%  reading headcounts.csv",
                "[##############################] 100%  reading history.csv",
                "[##############################] 100%  checking", "[##############################] 100%  writing", "")
                + output().substring(output().indexOf("Imported ")));
        assertThat(output()).contains(
                "Imported headcounts.csv, history.csv: 0 classes, 0 moves, 23 headcounts, 19 recorded moves, 5 de facto "
                        + "moves kept as observed only");
    }

    @Test
    void aRefusedImportPrintsEveryProblemAndExitsWithOne(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("headcounts.csv"), "class,incumbents,authorized\nnobody,1,1\n");

        int exit = command.importFolder(folder, out, false);

        assertThat(exit).isOne();
        assertThat(output()).contains("refused, nothing was changed. 1 problem(s):",
                "  headcounts.csv:2 [class]: unknown class 'nobody'");
    }

    @Test
    void aFolderWithoutHrFilesExitsWithTwo(@TempDir Path folder) {
        assertThat(command.importFolder(folder, out, false)).isEqualTo(2);
        assertThat(output()).contains("No HR file in");
    }

    @Test
    void exportsTheFourFilesThatImportAgain(@TempDir Path folder) {
        assertThat(command.exportFolder(folder, out)).isZero();

        assertThat(folder.resolve("classes.csv")).content().contains("mshp-network-operations-technician");
        assertThat(folder.resolve("history.csv")).hasContent("year,from,to,people,sourceFile,sourceLine\r\n");
        assertThat(command.importFolder(folder, out, false)).isZero();
        assertThat(output()).contains("(67 rows of other origins left as they are)");
    }

    @Test
    void onlyImportAndExportArgumentsStartTheCommand() {
        assertThat(HrCommandLine.requested("--import-hr=seeds/hr")).isTrue();
        assertThat(HrCommandLine.requested("--export-hr=out", "--server.port=0")).isTrue();
        assertThat(HrCommandLine.requested("--server.port=0")).isFalse();
    }

    @Test
    void theProgressBarRedrawsInPlaceOnATerminal() {
        ConsoleProgress progress = new ConsoleProgress(out, true);

        progress.phase("writing", 200);
        progress.advance(100);
        progress.done();

        assertThat(output()).isEqualTo(
                "\r[..............................]   0%  writing" + "\r[###############...............]  50%  writing"
                        + "\r[##############################] 100%  writing" + System.lineSeparator());
    }

    @Test
    void withoutATerminalTheProgressBarWritesOneLinePerStage() {
        ConsoleProgress progress = new ConsoleProgress(out, false);

        progress.phase("reading history.csv", 1000);
        for (int done = 0; done <= 1000; done += 10) {
            progress.advance(done);
        }
        progress.done();
        progress.phase("writing", 200);
        progress.advance(100);
        progress.phase("counting", 0);
        progress.done();

        assertThat(output()).isEqualTo("[##############################] 100%  reading history.csv"
                + System.lineSeparator() + "[##############################] 100%  writing" + System.lineSeparator()
                + "[##############################] 100%  counting" + System.lineSeparator());
    }

}
