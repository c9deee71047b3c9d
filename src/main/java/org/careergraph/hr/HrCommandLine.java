package org.careergraph.hr;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.careergraph.importer.ImportRefusedException;
import org.careergraph.importer.ImportTooLargeException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command-line import and export of HR's files, for files too large to upload
 * comfortably: {@code --import-hr=FOLDER} reads classes.csv, moves.csv, headcounts.csv
 * and history.csv (those present) with a progress bar; {@code --export-hr=FOLDER} writes
 * all four. Runs after the seeds are loaded, then the app exits.
 */
@Component
@Order(1)
public class HrCommandLine implements ApplicationRunner, ExitCodeGenerator {

    static final String IMPORT = "import-hr";
    static final String EXPORT = "export-hr";

    private final HrImporter importer;

    private final HrExport export;

    private int exitCode;

    HrCommandLine(HrImporter importer, HrExport export) {
        this.importer = importer;
        this.export = export;
    }

    /** Whether these arguments ask for an import or export instead of serving the API. */
    public static boolean requested(String... args) {
        return Arrays.stream(args)
            .anyMatch(a -> a.startsWith("--" + IMPORT + "=") || a.startsWith("--" + EXPORT + "="));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(IMPORT)) {
            exitCode = importFolder(Path.of(args.getOptionValues(IMPORT).get(0)), System.out, System.console() != null);
        }
        else if (args.containsOption(EXPORT)) {
            exitCode = exportFolder(Path.of(args.getOptionValues(EXPORT).get(0)), System.out);
        }
    }

    /**
     * @param terminal whether {@code out} is a terminal, where the progress bar is
     * redrawn in place
     */
    int importFolder(Path folder, PrintStream out, boolean terminal) {
        List<HrUpload> files = new ArrayList<>();
        for (HrFile kind : HrFile.values()) {
            Path file = folder.resolve(kind.fileName());
            if (Files.isRegularFile(file)) {
                files.add(new HrUpload(kind, kind.fileName(), read(file)));
            }
        }
        if (files.isEmpty()) {
            out.println("No HR file in " + folder.toAbsolutePath() + ": expected any of classes.csv, moves.csv, "
                    + "headcounts.csv, history.csv");
            return 2;
        }
        try {
            HrImportReport report = importer.importFiles(files, new ConsoleProgress(out, terminal));
            out.printf(
                    "Imported %s: %d classes, %d moves, %d headcounts, %d recorded moves, %d de facto moves kept as "
                            + "observed only (%d rows of other origins left as they are) in %d ms%n",
                    String.join(", ", report.files()), report.classes(), report.moves(), report.headcounts(),
                    report.history(), report.observedOnly(), report.leftAsTheyAre(), report.millis());
            return 0;
        }
        catch (ImportRefusedException e) {
            out.println();
            out.println("Import from " + folder.toAbsolutePath() + " refused, nothing was changed. " + e.errorCount()
                    + " problem(s):");
            e.errors().forEach(error -> out.println("  " + error));
            return 1;
        }
        catch (ImportTooLargeException e) {
            out.println();
            out.println(e.getMessage());
            return 3;
        }
    }

    int exportFolder(Path folder, PrintStream out) {
        try {
            Files.createDirectories(folder);
            for (Map.Entry<HrFile, String> file : export.all().entrySet()) {
                Files.writeString(folder.resolve(file.getKey().fileName()), file.getValue(), StandardCharsets.UTF_8);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + folder.toAbsolutePath(), e);
        }
        out.println("Exported classes.csv, moves.csv, headcounts.csv and history.csv to " + folder.toAbsolutePath());
        return 0;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }

}
