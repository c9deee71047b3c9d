package org.careergraph.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.careergraph.CareerGraphApplication;
import org.careergraph.cypher.CypherScripts;
import org.careergraph.synthetic.SyntheticStateGenerator;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Values;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Route questions under load, 64 clients at once: on the seed graph the same question
 * again and again, side by side with a static file and the raw Cypher; on a state of
 * about 4,000 classes thousands of distinct questions (none repeated, so nothing is
 * answered from memory), unknown and ambiguous names beside them. Writes its section of
 * BENCHMARKS.md. Run by {@code ./mvnw -Pbenchmark verify}.
 */
public final class ConcurrentBenchmark {

    static final int CLIENTS = 64;

    /** Distinct questions of each kind on the state; at least 5,000. */
    static int distinct = 6_000;

    /**
     * Distinct questions asked before the measured ones, so that the JIT has compiled the
     * route path; they are not asked again.
     */
    static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 500);

    static final String CARD_FROM = "Associate Network Operations Technician";
    static final String CARD_TO = "Director Level 3";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private String base;

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0].strip()) : 4_000;
        double seconds = args.length > 1 ? Double.parseDouble(args[1].strip()) : 8;
        distinct = args.length > 2 ? Integer.parseInt(args[2].strip()) : distinct;
        ConcurrentBenchmark benchmark = new ConcurrentBenchmark();
        List<Load> seed = benchmark.seedGraph(seconds);
        List<Load> state = benchmark.state(size);
        String section = ConcurrentReport.markdown(seed, state, size);
        System.out.println(section);
        BenchmarkFile.replaceSection("concurrent", section);
    }

    static ConfigurableApplicationContext start(String seeds, Path data) {
        FileSystemUtils.deleteRecursively(data.toFile());
        return new SpringApplicationBuilder(CareerGraphApplication.class).run("--server.port=0",
                "--career-graph.embedded.bolt-port=0", "--career-graph.embedded.http-port=0",
                "--career-graph.embedded.data-directory=" + data, "--career-graph.seeds.location=" + seeds,
                "--career-graph.seeds.load=always", "--logging.level.root=WARN",
                "--logging.level.org.careergraph=INFO");
    }

    List<Load> seedGraph(double seconds) throws Exception {
        try (ConfigurableApplicationContext app = start("seeds", Path.of("target", "benchmark", "graph-seed"))) {
            base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            Driver driver = app.getBean(Driver.class);
            String shortestRoutes = app.getBean(CypherScripts.class).query("routes/shortest-routes");
            String card = "/api/routes?from=" + enc(CARD_FROM) + "&to=" + enc(CARD_TO);
            String[] ids = { "mshp-associate-network-operations-technician",
                    "mshp-director-of-strategy-and-planning-level-3" };
            Map<String, Load.Work> ways = new java.util.LinkedHashMap<>();
            ways.put("static file", i -> get("/explorer.css", 200));
            ways.put("the card's route", i -> get(card, 200));
            ways.put("one class", i -> get("/api/classes/mshp-network-operations-manager", 200));
            ways.put("raw Cypher", i -> cypher(driver, shortestRoutes, ids[0], ids[1], null));
            List<Load> loads = new ArrayList<>();
            for (int clients : List.of(1, CLIENTS)) {
                for (var way : ways.entrySet()) {
                    Load.run("warm-up", way.getKey(), clients, 1, 2, way.getValue());
                }
                for (var way : ways.entrySet()) {
                    loads.add(Load.run("seed graph, one question again and again", way.getKey(), clients, 1, seconds,
                            way.getValue()));
                }
            }
            return loads;
        }
    }

    List<Load> state(int size) throws Exception {
        Path seeds = Path.of("target", "benchmark", "state-" + size);
        int classes = SyntheticStateGenerator.generate(size, seeds, 7L);
        System.out.printf("Generated %d classes%n", classes);
        try (ConfigurableApplicationContext app = start(seeds.toString(),
                Path.of("target", "benchmark", "graph-load-" + size))) {
            base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            Driver driver = app.getBean(Driver.class);
            CypherScripts scripts = app.getBean(CypherScripts.class);
            // the service's own query for each kind of question: all routes of the fewest
            // moves for one route, ten candidates for k=5
            String shortestRoutes = scripts.query("routes/shortest-routes");
            String candidates = scripts.query("routes/candidate-routes");
            List<String[]> warm = pairs(driver, scripts, WARM_UP, false);
            List<String[]> shortest = pairs(driver, scripts, distinct, false);
            List<String[]> alternatives = pairs(driver, scripts, distinct, false);
            List<String[]> technical = pairs(driver, scripts, distinct, true);
            List<String> unknown = unknownNames(shortest);
            List<String> ambiguous = ambiguousNames(driver, scripts);
            System.out.printf("Questions: %d, %d, %d distinct pairs; %d unknown and %d ambiguous names%n",
                    shortest.size(), alternatives.size(), technical.size(), unknown.size(), ambiguous.size());
            Load.run("warm-up", "HTTP", CLIENTS, warm.size(), 0, i -> route(warm.get(i), "", 200));
            Load.run("warm-up", "raw Cypher", CLIENTS, warm.size(), 0,
                    i -> cypher(driver, shortestRoutes, warm.get(i)[0], warm.get(i)[1], null));
            List<Load> loads = new ArrayList<>();
            loads.add(Load.run("shortest route", "HTTP", CLIENTS, shortest.size(), 0,
                    i -> route(shortest.get(i), "", 200)));
            loads.add(Load.run("shortest route", "raw Cypher", CLIENTS, alternatives.size(), 0,
                    i -> cypher(driver, shortestRoutes, alternatives.get(i)[0], alternatives.get(i)[1], null)));
            loads.add(Load.run("k=5 alternatives", "HTTP", CLIENTS, alternatives.size(), 0,
                    i -> route(alternatives.get(i), "&k=5", 200)));
            loads.add(Load.run("k=5 alternatives", "raw Cypher", CLIENTS, shortest.size(), 0,
                    i -> cypher(driver, candidates, shortest.get(i)[0], shortest.get(i)[1], null)));
            loads.add(Load.run("technical track only", "HTTP", CLIENTS, technical.size(), 0,
                    i -> route(technical.get(i), "&track=technical", 200)));
            loads.add(Load.run("technical track only", "raw Cypher", CLIENTS, technical.size(), 0,
                    i -> cypher(driver, shortestRoutes, technical.get(i)[0], technical.get(i)[1], "Technical")));
            loads.add(Load.run("unknown name (404)", "HTTP", CLIENTS, unknown.size(), 0,
                    i -> route(new String[] { unknown.get(i), shortest.get(i)[1] }, "", 404)));
            loads.add(Load.run("ambiguous name (400)", "HTTP", CLIENTS, ambiguous.size(), 0,
                    i -> route(new String[] { ambiguous.get(i), shortest.get(i)[1] }, "", 400)));
            return loads;
        }
    }

    static List<String[]> pairs(Driver driver, CypherScripts scripts, int count, boolean technical) {
        try (var session = driver.session()) {
            return session
                .run(scripts.query("benchmark/distinct-route-pairs"), Map.of("count", count, "technical", technical))
                .list(r -> new String[] { r.get("from").asString(), r.get("to").asString(),
                        r.get("fromTitle").asString() });
        }
    }

    /**
     * A real title with one word replaced by letters no class has: no class matches,
     * suggestions do.
     */
    static List<String> unknownNames(List<String[]> pairs) {
        Random random = new Random(11);
        Set<String> names = new LinkedHashSet<>();
        for (String[] pair : pairs) {
            List<String> words = new ArrayList<>(List.of(pair[2].split(" ")));
            StringBuilder nonsense = new StringBuilder();
            for (int i = 0; i < 7; i++) {
                nonsense.append((char) ('a' + random.nextInt(26)));
            }
            words.set(random.nextInt(words.size()), nonsense.toString());
            names.add(String.join(" ", words));
        }
        return List.copyOf(names);
    }

    /**
     * Titles many classes share, each written a different way (word order, case): all
     * ambiguous.
     */
    static List<String> ambiguousNames(Driver driver, CypherScripts scripts) {
        List<String> titles;
        try (var session = driver.session()) {
            titles = session.run(scripts.query("benchmark/shared-titles"), Map.of("count", 200))
                .list(r -> r.get("title").asString());
        }
        Random random = new Random(13);
        Set<String> names = new LinkedHashSet<>();
        for (int attempt = 0; names.size() < distinct / 2 && attempt < distinct * 20; attempt++) {
            List<String> words = new ArrayList<>(List.of(titles.get(random.nextInt(titles.size())).split(" ")));
            java.util.Collections.shuffle(words, random);
            StringBuilder name = new StringBuilder();
            for (String word : words) {
                for (char c : word.toCharArray()) {
                    name.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
                }
                name.append(' ');
            }
            names.add(name.toString().strip());
        }
        return List.copyOf(names);
    }

    void route(String[] pair, String options, int status) throws Exception {
        get("/api/routes?from=" + enc(pair[0]) + "&to=" + enc(pair[1]) + options, status);
    }

    void get(String path, int status) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != status) {
            throw new IllegalStateException(
                    path + ": " + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    static void cypher(Driver driver, String query, String from, String to, String track) {
        try (var session = driver.session()) {
            session.executeRead(tx -> tx
                .run(query,
                        Map.of("from", from, "to", to, "moveTypes", RouteBenchmark.ALL_MOVES, "track",
                                track == null ? Values.NULL : Values.value(track), "crossAgency", true, "maxMoves", 12))
                .list());
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

}
