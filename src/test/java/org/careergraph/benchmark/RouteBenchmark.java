package org.careergraph.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.careergraph.CareerGraphApplication;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.synthetic.SyntheticStateGenerator;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Measures route questions at state scale, three ways in one run: over HTTP through the
 * service, as the service's own Cypher through the driver, and on an in-memory JGraphT
 * copy of the graph. Writes the figures to BENCHMARKS.md. Run with
 * {@code ./mvnw -Pbenchmark verify} (sizes: {@code -Dbenchmark.sizes=1000,10000}).
 */
public final class RouteBenchmark {

    static final int SAMPLES = 200;
    static final int TIMED = 300;
    static final List<String> ALL_MOVES = List.of("PEER_OF", "PROMOTES_TO", "SAME_GRADE");

    /** One kind of route question with its parameters. */
    record Question(String name, String http, int k, List<String> types, String track, boolean crossAgency,
            List<String[]> pairs) {

        /**
         * The service's own path query for the question: all routes of the fewest moves
         * for one route, ten candidates otherwise.
         */
        String script() {
            return k == 1 ? "routes/shortest-routes" : "routes/candidate-routes";
        }
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(1_000, 10_000, 100_000)
                : java.util.Arrays.stream(args[0].split(",")).map(String::strip).map(Integer::valueOf).toList();
        List<SizeResult> results = new ArrayList<>();
        for (int size : sizes) {
            results.add(measure(size));
        }
        System.out.println(BenchmarkReport.markdown(results));
        BenchmarkFile.replaceSection("routes", BenchmarkReport.markdown(results));
    }

    static SizeResult measure(int size) throws Exception {
        Path work = Path.of("target", "benchmark");
        Path seeds = work.resolve("state-" + size);
        Path data = work.resolve("graph-" + size);
        int classes = SyntheticStateGenerator.generate(size, seeds, 42L);
        FileSystemUtils.deleteRecursively(data);
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CareerGraphApplication.class).run(
                "--server.port=0", "--career-graph.embedded.bolt-port=0", "--career-graph.embedded.http-port=0",
                "--career-graph.embedded.data-directory=" + data, "--career-graph.embedded.page-cache=1g",
                "--career-graph.seeds.location=" + seeds, "--career-graph.seeds.load=always",
                "--logging.level.root=WARN", "--logging.level.org.careergraph=INFO")) {
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            System.gc();
            long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            Driver driver = app.getBean(Driver.class);
            CypherScripts cypher = app.getBean(CypherScripts.class);
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            InMemoryRoutes memory = new InMemoryRoutes(driver, cypher.query("benchmark/graph-for-baseline"));
            List<Question> questions = questions(driver, cypher);
            List<Question> asked = questions.stream().filter(q -> !q.pairs().isEmpty()).toList();
            List<String> agreement = new ArrayList<>();
            for (Question q : asked) {
                agreement.add(agreement(driver, cypher.query(q.script()), memory, q));
            }
            Map<Question, PairWork> overHttp = new LinkedHashMap<>();
            Map<Question, PairWork> overBolt = new LinkedHashMap<>();
            for (Question q : asked) {
                // the service remembers answers; no-cache makes it work
                // each one out, as for a new question
                overHttp.put(q,
                        pair -> get(base + "/api/routes?from=" + enc(pair[0]) + "&to=" + enc(pair[1]) + q.http(),
                                "no-cache"));
                String query = cypher.query(q.script());
                overBolt.put(q, pair -> cypher(driver, query, q, pair));
            }
            Measurement.warmUp(asked.stream()
                .flatMap(q -> Stream.of(cycle(q, overHttp.get(q)), cycle(q, overBolt.get(q))))
                .toList());
            List<Measurement> measurements = new ArrayList<>();
            for (Question q : asked) {
                measurements.add(Measurement.of(q.name(), "HTTP", TIMED, cycle(q, overHttp.get(q))));
                measurements.add(Measurement.of(q.name(), "Cypher", TIMED, cycle(q, overBolt.get(q))));
                measurements.add(Measurement.of(q.name(), "JGraphT", TIMED, cycle(q, pair -> memory.routes(pair[0],
                        pair[1], q.k() == 1 ? 1 : 10, Set.copyOf(q.types()), q.track(), q.crossAgency()))));
            }
            measurements.add(Measurement.of("static file", "HTTP", TIMED, () -> get(base + "/explorer.css", null)));
            Question shortest = questions.get(0);
            String one = cypher.query("benchmark/shortest-one");
            measurements.add(Measurement.of(shortest.name(), "Cypher SHORTEST 1", TIMED,
                    cycle(shortest, pair -> cypher(driver, one, shortest, pair))));
            long relationships;
            try (var session = driver.session()) {
                relationships = session.run(cypher.query("benchmark/count-relationships")).single().get("n").asLong();
            }
            return new SizeResult(size, classes, relationships, loadSeconds, heap, rss(), measurements, agreement);
        }
    }

    /**
     * Checks on sampled questions that Neo4j and the baseline find routes of the same
     * length (or none).
     */
    static String agreement(Driver driver, String query, InMemoryRoutes memory, Question q) {
        int agree = 0;
        int routes = 0;
        List<String[]> checked = q.pairs().subList(0, Math.min(50, q.pairs().size()));
        for (String[] pair : checked) {
            @SuppressWarnings("unchecked")
            List<org.neo4j.driver.Record> rows = (List<org.neo4j.driver.Record>) cypher(driver, query, q, pair);
            int neo4j = rows.stream().mapToInt(r -> r.get("steps").size()).min().orElse(-1);
            int baseline = memory.routes(pair[0], pair[1], 1, Set.copyOf(q.types()), q.track(), q.crossAgency())
                .stream()
                .mapToInt(p -> p.getLength())
                .min()
                .orElse(-1);
            agree += neo4j == baseline ? 1 : 0;
            routes += neo4j >= 0 ? 1 : 0;
        }
        return String.format("%s: %d of %d sampled questions have a route; Neo4j and JGraphT agree on the shortest "
                + "length for %d of %d", q.name(), routes, checked.size(), agree, checked.size());
    }

    static List<Question> questions(Driver driver, CypherScripts cypher) {
        List<String[]> up = new ArrayList<>();
        List<String[]> technical = new ArrayList<>();
        List<String[]> elsewhere = new ArrayList<>();
        try (var session = driver.session()) {
            session.run(cypher.query("benchmark/sample-route-pairs"), Map.of("count", SAMPLES)).forEachRemaining(r -> {
                String from = r.get("from").asString();
                add(up, from, r.get("up"));
                add(technical, from, r.get("technical"));
                add(elsewhere, from, r.get("elsewhere"));
            });
        }
        System.out.printf("Sampled %d reachable, %d track and %d no-route questions%n", up.size(), technical.size(),
                elsewhere.size());
        return List.of(new Question("shortest route", "", 1, ALL_MOVES, null, true, up),
                new Question("k=5 alternatives", "&k=5", 5, ALL_MOVES, null, true, up),
                new Question("technical track only", "&track=technical", 1, ALL_MOVES, "Technical", true, technical),
                new Question("no route (promotions only)", "&moves=promotion", 1, List.of("PROMOTES_TO"), null, true,
                        elsewhere));
    }

    private static void add(List<String[]> pairs, String from, Value to) {
        if (!to.isNull()) {
            pairs.add(new String[] { from, to.asString() });
        }
    }

    static Object cypher(Driver driver, String query, Question q, String[] pair) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(query,
                    Map.of("from", pair[0], "to", pair[1], "moveTypes", q.types(), "track",
                            q.track() == null ? org.neo4j.driver.Values.NULL : org.neo4j.driver.Values.value(q.track()),
                            "crossAgency", q.crossAgency(), "maxMoves", 12))
                .list());
        }
    }

    interface PairWork {

        void run(String[] pair) throws Exception;

    }

    static java.util.concurrent.Callable<Object> cycle(Question q, PairWork work) {
        AtomicInteger next = new AtomicInteger();
        return () -> {
            work.run(q.pairs().get(next.getAndIncrement() % q.pairs().size()));
            return null;
        };
    }

    /**
     * One request on the calling thread over a kept-alive connection, as a person's
     * browser sends it: the client adds no thread hand-offs of its own to what is timed.
     */
    static Object get(String url, String cacheControl) throws java.io.IOException {
        var connection = (java.net.HttpURLConnection) URI.create(url).toURL().openConnection();
        if (cacheControl != null) {
            connection.setRequestProperty("Cache-Control", cacheControl);
        }
        int status = connection.getResponseCode();
        try (var body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            if (status != 200) {
                throw new IllegalStateException(status + " " + text);
            }
            return text.length();
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static long rss() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return -1;
    }

}
