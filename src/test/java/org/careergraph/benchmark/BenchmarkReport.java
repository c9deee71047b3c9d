package org.careergraph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the benchmark's figures, the machine they were measured on, and the targets, as
 * Markdown.
 */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    static String markdown(List<SizeResult> results) {
        StringBuilder md = new StringBuilder();
        md.append("Measured ")
            .append(LocalDate.now())
            .append(" by `./mvnw -Pbenchmark verify` on ")
            .append(machine())
            .append(".\n\nAfter ")
            .append(Measurement.WARM_UP_SECONDS)
            .append(" s of warm-up, every question over HTTP and Cypher taking turns, each figure: ")
            .append(Measurement.WARM_UP_CALLS)
            .append(" more warm-up calls, then ")
            .append(RouteBenchmark.TIMED)
            .append(" timed calls one after another, cycling through up to ")
            .append(RouteBenchmark.SAMPLES)
            .append(" sampled route questions. *HTTP* is `GET /api/routes` through ")
            .append("the service (resolution, ranking, explanation, JSON), each question worked out afresh ")
            .append("(`Cache-Control: no-cache`), one request at a time on the calling thread over a kept-alive ")
            .append("connection; *static file* is `/explorer.css` from the same server through the same client, ")
            .append("the floor under any HTTP answer; *Cypher* is the service's own path query for the question through ")
            .append("the driver in a read transaction (`cypher/routes/shortest-routes.cypher` for one route, ")
            .append("`cypher/routes/candidate-routes.cypher` for k=5); *JGraphT* ")
            .append("is the same graph in memory, searched with the same constraints (BFS for one route, Yen's ")
            .append("algorithm for ten candidates). Latencies in milliseconds.\n\n");
        for (SizeResult size : results) {
            md.append(String.format(Locale.ROOT,
                    "## %,d classes%n%n%,d relationships; loaded (generate → import → ready) "
                            + "in %.1f s; heap after load %s, process RSS %s.%n%n",
                    size.classes(), size.relationships(), size.loadSeconds(), mib(size.heapBytes()),
                    mib(size.rssBytes())));
            size.agreement().forEach(line -> md.append("- ").append(line).append('\n'));
            md.append('\n');
            md.append("| question | path | p50 | p95 | p99 | per second |\n|---|---|---:|---:|---:|---:|\n");
            for (Measurement m : size.measurements()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.0f |%n", m.question(),
                        m.path(), m.p50(), m.p95(), m.p99(), m.perSecond()));
            }
            md.append(
                    "\n| question | HTTP ÷ Cypher (p50) | HTTP ÷ Cypher (p95) | Cypher ÷ JGraphT (p50) |\n|---|---:|---:|---:|\n");
            for (String question : size.measurements().stream().map(Measurement::question).distinct().toList()) {
                Optional<Measurement> http = find(size, question, "HTTP");
                Optional<Measurement> cypher = find(size, question, "Cypher");
                Optional<Measurement> memory = find(size, question, "JGraphT");
                if (http.isPresent() && cypher.isPresent() && memory.isPresent()) {
                    md.append(String.format(Locale.ROOT, "| %s | %.2f× | %.2f× | %.1f× |%n", question,
                            http.get().p50() / cypher.get().p50(), http.get().p95() / cypher.get().p95(),
                            cypher.get().p50() / memory.get().p50()));
                }
            }
            md.append('\n');
        }
        return md.toString();
    }

    static Optional<Measurement> find(SizeResult size, String question, String path) {
        return size.measurements()
            .stream()
            .filter(m -> m.question().equals(question) && m.path().equals(path))
            .findFirst();
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
                .stream()
                .filter(l -> l.startsWith("model name"))
                .findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip())
                .orElse(cpu);
        }
        catch (IOException ignored) {
            // not Linux: the CPU stays unnamed
        }
        return String.format(Locale.ROOT, "%d cores (%s), %s RAM, %s %s, Java %s",
                Runtime.getRuntime().availableProcessors(), cpu, totalMemory(), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"));
    }

    private static String totalMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo"))
                .stream()
                .filter(l -> l.startsWith("MemTotal"))
                .findFirst()
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / (1024 * 1024) + " GiB")
                .orElse("?");
        }
        catch (IOException e) {
            return "?";
        }
    }

}
