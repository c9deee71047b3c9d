package org.careergraph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The concurrent benchmark's figures, ratios and targets as Markdown. */
final class ConcurrentReport {

    private ConcurrentReport() {
    }

    static String markdown(List<Load> seed, List<Load> state, int size) {
        StringBuilder md = new StringBuilder("## Under load: ").append(ConcurrentBenchmark.CLIENTS)
            .append(" clients at once\n\n");
        md.append("Measured ")
            .append(LocalDate.now())
            .append(" by `./mvnw -Pbenchmark verify` on ")
            .append(BenchmarkReport.machine())
            .append("; load average ")
            .append(loadAverage())
            .append(" at the end of the run. Closed loop: each client sends its next request as soon as the last is ")
            .append("answered (Java's HttpClient, keep-alive, in the same JVM as the service, so client and server ")
            .append("share the cores). *raw Cypher* is the service's own path query for the ")
            .append("question through the driver in a read transaction, ids given: `cypher/routes/shortest-routes.cypher` ")
            .append("for one route, `cypher/routes/candidate-routes.cypher` for k=5. Latencies in milliseconds.\n\n");
        md.append("### The seed graph: one question again and again\n\n");
        table(md, seed, true);
        double ratio = perSecond(seed, "the card's route", ConcurrentBenchmark.CLIENTS)
                / perSecond(seed, "static file", ConcurrentBenchmark.CLIENTS);
        md.append(String.format(Locale.ROOT, "%nThe card's route at %d clients: %.0f%% of the static file's throughput "
                + "(target ≥ 40%%, 0 errors).%n%n", ConcurrentBenchmark.CLIENTS, 100 * ratio));
        md.append(String.format(Locale.ROOT, "### A state of %,d classes: distinct questions, none asked twice%n%n",
                size));
        md.append(String.format(Locale.ROOT,
                "After %,d other distinct questions as a warm-up. No answer is remembered across questions; what "
                        + "the service remembers per graph version is each class's facts and what a name resolves "
                        + "to, so the first questions through a class read it and later ones do not.%n%n",
                ConcurrentBenchmark.WARM_UP));
        table(md, state, false);
        md.append("\n| target | measured | |\n|---|---|---|\n");
        for (String question : List.of("shortest route", "k=5 alternatives", "technical track only")) {
            Load l = find(state, question, "HTTP").orElseThrow();
            boolean met = l.p95() <= 150 && l.perSecond() >= 560 && l.max() <= 1000 && l.errors() == 0;
            md.append(String.format(Locale.ROOT,
                    "| %s: p95 ≤ 150 ms, ≥ 560/s, none over 1 s | p95 %.1f ms, %.0f/s, "
                            + "max %.0f ms, %d errors | %s |%n",
                    question, l.p95(), l.perSecond(), l.max(), l.errors(), met ? "met" : "**missed**"));
        }
        Load known = find(state, "shortest route", "HTTP").orElseThrow();
        for (String question : List.of("unknown name (404)", "ambiguous name (400)")) {
            Load l = find(state, question, "HTTP").orElseThrow();
            double cost = known.perSecond() / l.perSecond();
            md.append(String.format(Locale.ROOT, "| %s ≤ 2× a known class | %.2f× (per second), p50 %.2f× | %s |%n",
                    question, cost, l.p50() / known.p50(), cost <= 2 && l.errors() == 0 ? "met" : "**missed**"));
        }
        for (String question : List.of("shortest route", "k=5 alternatives", "technical track only")) {
            Load http = find(state, question, "HTTP").orElseThrow();
            find(state, question, "raw Cypher").ifPresent(cypher -> md.append(String.format(Locale.ROOT,
                    "| service overhead at %d clients (%s) | HTTP ÷ raw Cypher: %.2f× p50, %.2f× per second | |%n",
                    ConcurrentBenchmark.CLIENTS, question, http.p50() / cypher.p50(),
                    cypher.perSecond() / http.perSecond())));
        }
        return md.toString();
    }

    private static void table(StringBuilder md, List<Load> loads, boolean withClients) {
        md.append(withClients
                ? "| what | clients | requests | per second | p50 | p95 | p99 | max | errors |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
                : "| question | path | requests | per second | p50 | p95 | p99 | max | errors |\n"
                        + "|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Load l : loads) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,.0f | %.2f | %.2f | %.2f | %.0f | %d |%n",
                    withClients ? l.path() : l.question(), withClients ? String.valueOf(l.clients()) : l.path(),
                    l.count(), l.perSecond(), l.p50(), l.p95(), l.p99(), l.max(), l.errors()));
        }
    }

    static double perSecond(List<Load> loads, String path, int clients) {
        return loads.stream()
            .filter(l -> l.path().equals(path) && l.clients() == clients)
            .findFirst()
            .map(Load::perSecond)
            .orElse(Double.NaN);
    }

    static Optional<Load> find(List<Load> loads, String question, String path) {
        return loads.stream().filter(l -> l.question().equals(question) && l.path().equals(path)).findFirst();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        }
        catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

}
