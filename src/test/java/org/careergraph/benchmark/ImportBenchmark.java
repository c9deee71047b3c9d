package org.careergraph.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careergraph.CareerGraphApplication;
import org.careergraph.synthetic.SyntheticStateGenerator;
import org.springframework.util.FileSystemUtils;

/**
 * Measures state-size imports on default settings, each in a child JVM started as
 * production would start it ({@code -Xmx2g}, no import flag but the seed folder): the
 * command-line import at start, then the same state again through
 * {@code POST /api/import/seeds} into the loaded graph. Records time, the peak heap (the
 * largest heap before a collection, from the GC log) and the peak resident memory. Then
 * kills a child with {@code kill -9} in the middle of an import of a different state,
 * restarts it, and checks the graph is the old state or the new one, never a mix. Appends
 * its section to BENCHMARKS.md. Run with {@code ./mvnw -Pbenchmark verify} (sizes:
 * {@code -Dbenchmark.import-sizes=10000,100000}).
 */
public final class ImportBenchmark {

    static final String HEAP = "-Xmx2g";
    static final String SECTION = "## Imports at state scale";

    private static final Pattern GC_BEFORE = Pattern.compile("\\) (\\d+)M->(\\d+)M\\(");

    private static final Pattern IMPORTED = Pattern
        .compile("Imported (\\d+) documents .*: (\\d+) classes.* in (\\d+) ms");

    /** One size's figures. */
    record Result(int classes, double startImportSeconds, long startImportMillis, double reimportSeconds,
            long peakHeapMiB, long peakRssMiB, String killCheck) {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(10_000, 100_000)
                : java.util.Arrays.stream(args[0].split(",")).map(String::strip).map(Integer::valueOf).toList();
        List<Result> results = new ArrayList<>();
        for (int size : sizes) {
            results.add(measure(size));
        }
        String section = markdown(results);
        System.out.println(section);
        Path report = Path.of("BENCHMARKS.md");
        String text = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n";
        int at = text.indexOf(SECTION);
        if (at >= 0) {
            // up to the next heading or the next section another benchmark writes
            int heading = text.indexOf("\n## ", at + SECTION.length());
            int marker = text.indexOf("\n<!-- ", at + SECTION.length());
            int next = heading < 0 ? marker : marker < 0 ? heading : Math.min(heading, marker);
            text = text.substring(0, at) + section + (next < 0 ? "" : "\n" + text.substring(next + 1));
        }
        else {
            text = text.stripTrailing() + "\n\n" + section;
        }
        Files.writeString(report, text, StandardCharsets.UTF_8);
    }

    static Result measure(int size) throws Exception {
        Path work = Path.of("target", "benchmark").toAbsolutePath();
        Path seeds = work.resolve("import-state-" + size);
        Path other = work.resolve("import-state-" + size + "-other");
        Path data = work.resolve("import-graph-" + size);
        int classes = SyntheticStateGenerator.generate(size, seeds, 42L);
        SyntheticStateGenerator.generate(size + size / 20, other, 43L);
        FileSystemUtils.deleteRecursively(data);
        try (Child app = Child.start(work.resolve("import-" + size), seeds, data, "always")) {
            app.awaitReady(Duration.ofMinutes(30));
            double startSeconds = app.secondsSinceLaunch();
            long startImportMillis = app.importedMillis();
            long before = System.nanoTime();
            HttpResponse<String> reimport = app.post("/api/import/seeds");
            double reimportSeconds = (System.nanoTime() - before) / 1e9;
            if (reimport.statusCode() != 200) {
                throw new IllegalStateException("re-import answered " + reimport.statusCode() + ": " + reimport.body());
            }
            long rss = app.peakRssMiB();
            long heap = app.peakHeapMiB();
            app.close();
            String kill = killCheck(work, seeds, other, data, reimportSeconds);
            return new Result(classes, startSeconds, startImportMillis, reimportSeconds, heap, rss, kill);
        }
    }

    /**
     * Starts importing the other state into the graph of {@code seeds}, kills the JVM
     * with {@code kill -9} at a random moment of the import, restarts on the same data
     * and says which state the graph holds.
     */
    static String killCheck(Path work, Path seeds, Path other, Path data, double importSeconds) throws Exception {
        long oldClasses;
        String oldIds;
        try (Child app = Child.start(work.resolve("kill-before"), seeds, data, "never")) {
            app.awaitReady(Duration.ofMinutes(30));
            oldClasses = app.classes();
            oldIds = app.idsDigest();
        }
        double killAfter = importSeconds * (0.2 + 0.6 * new Random().nextDouble());
        try (Child app = Child.start(work.resolve("kill"), other, data, "never")) {
            app.awaitReady(Duration.ofMinutes(30));
            Thread postInBackground = new Thread(() -> {
                try {
                    app.post("/api/import/seeds");
                }
                catch (Exception e) {
                    // the process is killed under it
                }
            });
            postInBackground.start();
            Thread.sleep((long) (killAfter * 1000));
            app.kill9();
        }
        try (Child app = Child.start(work.resolve("kill-after"), other, data, "never")) {
            app.awaitReady(Duration.ofMinutes(30));
            long classes = app.classes();
            String ids = app.idsDigest();
            String state = ids.equals(oldIds) && classes == oldClasses ? "the old state" : "the new state";
            app.post("/api/import/seeds");
            boolean isNew = app.idsDigest().equals(ids) && app.classes() == classes;
            if (!state.equals("the old state") && !isNew) {
                throw new IllegalStateException(
                        "after kill -9 the graph is neither the old nor the new state: " + classes + " classes");
            }
            return String.format(Locale.ROOT,
                    "killed %.1f s into the import; after restart the graph held %s "
                            + "(%,d classes); the restart deleted %,d nodes the killed import had left unseen",
                    killAfter, state, classes, app.unseenDeletedAtStart());
        }
    }

    static String markdown(List<Result> results) {
        StringBuilder md = new StringBuilder(SECTION).append("\n\n");
        md.append("Measured by `ImportBenchmark` (`./mvnw -Pbenchmark verify`) on default settings: a child JVM with ")
            .append("`")
            .append(HEAP)
            .append("` and no setting but the seed folder, default transaction memory ")
            .append("(60% of the heap). *At start* is the command-line import (`--career-graph.seeds.location=… ")
            .append("--career-graph.seeds.load=always`): launch to ready, and the import itself as logged; ")
            .append("*re-import* is `POST /api/import/seeds` of the same state into the loaded graph (every ")
            .append("class replaced, readers on the old graph until the switch). Peak heap is the largest heap ")
            .append("before a collection in the GC log; peak resident is the process's VmHWM.\n\n")
            .append("| classes | at start: launch to ready (s) | import (s) | re-import (s) | peak heap (MiB) | ")
            .append("peak resident (MiB) |\n|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            md.append(String.format(Locale.ROOT, "| %,d | %.1f | %.1f | %.1f | %,d | %,d |%n", r.classes(),
                    r.startImportSeconds(), r.startImportMillis() / 1000.0, r.reimportSeconds(), r.peakHeapMiB(),
                    r.peakRssMiB()));
        }
        md.append('\n');
        for (Result r : results) {
            md.append(String.format(Locale.ROOT, "- kill -9 during a re-import at %,d classes: %s.%n", r.classes(),
                    r.killCheck()));
        }
        return md.append('\n').toString();
    }

    /** The application in a child JVM, on free loopback ports. */
    static final class Child implements AutoCloseable {

        private final Process process;

        private final Path log;

        private final Path gcLog;

        private final int port;

        private final long launched = System.nanoTime();

        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        private Child(Process process, Path log, Path gcLog, int port) {
            this.process = process;
            this.log = log;
            this.gcLog = gcLog;
            this.port = port;
        }

        static Child start(Path dir, Path seeds, Path data, String load) throws IOException {
            Files.createDirectories(dir);
            int port = freePort();
            Path log = dir.resolve("app.log");
            Path gcLog = dir.resolve("gc.log");
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                    "-Xlog:gc:file=" + gcLog, "--add-opens=java.base/java.nio=ALL-UNNAMED", "-Djava.io.tmpdir=" + dir,
                    "-cp", System.getProperty("java.class.path"), CareerGraphApplication.class.getName(),
                    "--server.port=" + port, "--career-graph.embedded.bolt-port=" + freePort(),
                    "--career-graph.embedded.http-port=" + freePort(), "--career-graph.embedded.data-directory=" + data,
                    "--career-graph.seeds.location=" + seeds, "--career-graph.seeds.load=" + load);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
            return new Child(process, log, gcLog, port);
        }

        void awaitReady(Duration timeout) throws Exception {
            long until = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < until) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the application stopped; see " + log);
                }
                try {
                    if (get("/api/classes?limit=1").statusCode() == 200) {
                        return;
                    }
                }
                catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("not ready in " + timeout + "; see " + log);
        }

        double secondsSinceLaunch() {
            return (System.nanoTime() - launched) / 1e9;
        }

        long importedMillis() throws IOException {
            Matcher m = IMPORTED.matcher(Files.readString(log));
            long millis = -1;
            while (m.find()) {
                millis = Long.parseLong(m.group(3));
            }
            return millis;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path) throws Exception {
            String basic = Base64.getEncoder().encodeToString("hr:dev-hr-password".getBytes(StandardCharsets.UTF_8));
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofMinutes(30))
                .build(), HttpResponse.BodyHandlers.ofString());
        }

        long classes() throws Exception {
            return Long.parseLong(sum(get("/api/graph/agencies").body()));
        }

        private static String sum(String agencies) {
            Matcher m = Pattern.compile("\"classes\":(\\d+)").matcher(agencies);
            long total = 0;
            while (m.find()) {
                total += Long.parseLong(m.group(1));
            }
            return String.valueOf(total);
        }

        /**
         * The first classes of the listing, which differ between two generated states.
         */
        String idsDigest() throws Exception {
            return Integer.toHexString(get("/api/classes?limit=500").body().hashCode());
        }

        /**
         * Classes a stopped import left unseen, as the start that deleted them logged it.
         */
        long unseenDeletedAtStart() throws IOException {
            Matcher m = Pattern.compile("Deleted (\\d+) nodes a stopped import left unseen")
                .matcher(Files.readString(log));
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        }

        long peakRssMiB() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
            return -1;
        }

        long peakHeapMiB() throws IOException {
            Matcher m = GC_BEFORE.matcher(Files.readString(gcLog));
            long peak = 0;
            while (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
            return peak;
        }

        void kill9() throws Exception {
            new ProcessBuilder("kill", "-9", String.valueOf(process.pid())).inheritIO().start().waitFor();
            process.waitFor();
        }

        @Override
        public void close() throws Exception {
            if (process.isAlive()) {
                process.destroy();
                process.waitFor();
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

    }

}
