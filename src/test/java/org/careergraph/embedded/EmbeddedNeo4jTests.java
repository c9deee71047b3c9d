package org.careergraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.driver.Driver;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.test.context.NestedTestConfiguration.EnclosingConfiguration;

/**
 * Checks that without {@code spring.neo4j.uri} the app serves its own Neo4j on loopback,
 * and with it does not.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE,
        properties = { "career-graph.embedded.bolt-port=0", "career-graph.embedded.http-port=0",
                "career-graph.embedded.data-directory=target/embedded-neo4j-tests" })
@DirtiesContext
class EmbeddedNeo4jTests {

    @Autowired
    EmbeddedNeo4jServer server;

    @Autowired
    Driver driver;

    @Autowired
    Neo4jClient neo4jClient;

    @Test
    void answersOverBoltOnLoopback() {
        assertThat(server.boltUri().getHost()).isEqualTo("127.0.0.1");
        try (var session = driver.session()) {
            assertThat(session.run("RETURN 1").single().get(0).asInt()).isEqualTo(1);
            String listen = session
                .run("SHOW SETTINGS YIELD name, value WHERE name = 'server.bolt.listen_address' " + "RETURN value")
                .single()
                .get(0)
                .asString();
            assertThat(listen).startsWith("127.0.0.1:");
        }
    }

    @Test
    void runsQueriesThroughSpringDataNeo4jClient() {
        String id = UUID.randomUUID().toString();
        String stored = neo4jClient.query("CREATE (p:EmbeddedProbe {id: $id}) RETURN p.id")
            .bind(id)
            .to("id")
            .fetchAs(String.class)
            .one()
            .orElseThrow();
        assertThat(stored).isEqualTo(id);
        neo4jClient.query("MATCH (p:EmbeddedProbe {id: $id}) DELETE p").bind(id).to("id").run();
    }

    @Test
    void servesNeo4jBrowserOverHttp() throws Exception {
        assertThat(server.browserUri().getQuery()).isEqualTo("preselectAuthMethod=NO_AUTH");
        var request = HttpRequest.newBuilder(server.browserUri().resolve("/browser/")).GET().build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsIgnoringCase("<html");
    }

    @Test
    void releasesPortsAndFilesWhenStartFails() throws Exception {
        Path home = Path.of("target/embedded-neo4j-failed-start");
        try (var taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> EmbeddedNeo4jServer.start(bareServer(home, taken.getLocalPort()))).rootCause()
                .hasMessageContaining("Address already in use");
        }
        try (var retry = EmbeddedNeo4jServer.start(bareServer(home, 0))) {
            assertThat(retry.boltUri().getPort()).isPositive();
        }
    }

    private static EmbeddedNeo4jProperties bareServer(Path home, int boltPort) {
        return new EmbeddedNeo4jProperties(home, boltPort, 0, false, "64m", "256m", null, "localhost");
    }

    /**
     * With an external server configured the embedded one must stay off and all queries
     * go there.
     */
    @Nested
    @NestedTestConfiguration(EnclosingConfiguration.OVERRIDE)
    @SpringBootTest(webEnvironment = WebEnvironment.NONE)
    @DirtiesContext
    class WithExternalServer {

        static Neo4j external;

        @DynamicPropertySource
        static void externalServer(DynamicPropertyRegistry registry) {
            external = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .withFixture("CREATE (:Marker {source: 'external'})")
                .build();
            registry.add("spring.neo4j.uri", () -> external.boltURI().toString());
        }

        @AfterAll
        static void stopExternalServer() {
            if (external != null) {
                external.close();
            }
        }

        @Autowired
        ApplicationContext context;

        @Autowired
        Neo4jClient neo4jClient;

        @Test
        void startsNoEmbeddedServer() {
            assertThat(context.getBeanProvider(EmbeddedNeo4jServer.class).getIfAvailable()).isNull();
        }

        @Test
        void sendsQueriesToTheConfiguredServer() {
            String source = neo4jClient.query("MATCH (m:Marker) RETURN m.source")
                .fetchAs(String.class)
                .one()
                .orElseThrow();
            assertThat(source).isEqualTo("external");
        }

    }

}
