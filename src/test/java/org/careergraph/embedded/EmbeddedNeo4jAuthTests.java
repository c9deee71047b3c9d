package org.careergraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.neo4j.Neo4jAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Outside development the embedded Neo4j lets in only who signs in as {@code neo4j}, on
 * Bolt and on the HTTP Query API alike, with a password that is configured or generated
 * and kept owner-only, and never logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedNeo4jAuthTests {

    @Test
    void refusesBoltAndTheQueryApiWithoutThePassword(@TempDir Path home, CapturedOutput log) throws Exception {
        try (var server = EmbeddedNeo4jServer.start(server(home), true, null)) {
            String password = Files.readString(home.resolve(EmbeddedPassword.FILE_NAME)).strip();

            assertThatThrownBy(() -> answer(server, AuthTokens.none())).isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(() -> answer(server, AuthTokens.basic("neo4j", "neo4j")))
                .isInstanceOf(AuthenticationException.class);
            assertThat(answer(server, AuthTokens.basic("neo4j", password))).isEqualTo(1);
            assertThat(answer(server, server.authToken())).isEqualTo(1);

            assertThat(queryApi(server, null).statusCode()).isEqualTo(401);
            assertThat(queryApi(server, "neo4j:wrong-password").statusCode()).isEqualTo(401);
            HttpResponse<String> signedIn = queryApi(server, "neo4j:" + password);
            assertThat(signedIn.statusCode()).isEqualTo(202);
            assertThat(signedIn.body()).contains("\"values\":[[1]]");

            assertThat(server.browserUri().getQuery()).isNull(); // no NO_AUTH preset:
                                                                 // Browser asks for the
                                                                 // password
            assertThat(password).hasSizeGreaterThanOrEqualTo(32);
            assertThat(PosixFilePermissions
                .toString(Files.getPosixFilePermissions(home.resolve(EmbeddedPassword.FILE_NAME))))
                .isEqualTo("rw-------");
            assertThat(log.getAll())
                .contains("sign in as user 'neo4j' with the password from "
                        + home.toRealPath().resolve(EmbeddedPassword.FILE_NAME))
                .doesNotContain(password);
        }
    }

    @Test
    void keepsTheGeneratedPasswordAndLetsConfigurationReplaceIt(@TempDir Path home) throws Exception {
        Path file = home.resolve(EmbeddedPassword.FILE_NAME);
        try (var first = EmbeddedNeo4jServer.start(server(home), true, null)) {
            assertThat(answer(first, first.authToken())).isEqualTo(1);
        }
        String generated = Files.readString(file).strip();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        try (var again = EmbeddedNeo4jServer.start(server(home), true, null)) {
            assertThat(answer(again, AuthTokens.basic("neo4j", generated))).isEqualTo(1);
        }
        assertThat(Files.readString(file).strip()).isEqualTo(generated);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        try (var configured = EmbeddedNeo4jServer.start(server(home), true, "from-the-environment")) {
            assertThat(answer(configured, AuthTokens.basic("neo4j", "from-the-environment"))).isEqualTo(1);
            assertThatThrownBy(() -> answer(configured, AuthTokens.basic("neo4j", generated)))
                .isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void refusesAConfiguredPasswordNeo4jWouldNotAccept(@TempDir Path home) {
        assertThatThrownBy(() -> EmbeddedNeo4jServer.start(server(home), true, "short"))
            .hasMessage("career-graph.embedded.password is shorter than 8 characters, the least Neo4j accepts.");
        assertThat(home.resolve(EmbeddedPassword.FILE_NAME)).doesNotExist();
    }

    @Test
    void theProdProfileTurnsAuthenticationOnAndTheAppsDriverSignsIn(@TempDir Path home) {
        runner(home).withPropertyValues("spring.profiles.active=prod").run(context -> {
            var server = context.getBean(EmbeddedNeo4jServer.class);
            try (var session = context.getBean(Driver.class).session()) {
                assertThat(session.run("RETURN 1").single().get(0).asInt()).isEqualTo(1);
            }
            assertThatThrownBy(() -> answer(server, AuthTokens.none())).isInstanceOf(AuthenticationException.class);
            assertThat(queryApi(server, null).statusCode()).isEqualTo(401);
        });
    }

    @Test
    void developmentNeedsNoPassword(@TempDir Path home) {
        runner(home).run(context -> {
            var server = context.getBean(EmbeddedNeo4jServer.class);
            assertThat(answer(server, AuthTokens.none())).isEqualTo(1);
            assertThat(queryApi(server, null).statusCode()).isEqualTo(202);
            assertThat(server.browserUri().getQuery()).isEqualTo("preselectAuthMethod=NO_AUTH");
            assertThat(home.resolve(EmbeddedPassword.FILE_NAME)).doesNotExist();
        });
    }

    private static ApplicationContextRunner runner(Path home) {
        return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(Neo4jAutoConfiguration.class))
            .withUserConfiguration(EmbeddedOnly.class)
            .withPropertyValues("career-graph.embedded.data-directory=" + home, "career-graph.embedded.bolt-port=0",
                    "career-graph.embedded.http-port=0");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ EmbeddedNeo4jProperties.class, EmbeddedAuthProperties.class })
    @Import(EmbeddedNeo4jConfiguration.class)
    static class EmbeddedOnly {

    }

    static EmbeddedNeo4jProperties server(Path home) {
        return new EmbeddedNeo4jProperties(home, 0, 0, true, "64m", "256m", null, "localhost");
    }

    static int answer(EmbeddedNeo4jServer server, AuthToken token) {
        try (Driver driver = GraphDatabase.driver(server.boltUri(), token); var session = driver.session()) {
            return session.run("RETURN 1").single().get(0).asInt();
        }
    }

    private static HttpResponse<String> queryApi(EmbeddedNeo4jServer server, String userAndPassword) throws Exception {
        var request = HttpRequest
            .newBuilder(URI.create("http://127.0.0.1:" + server.browserUri().getPort() + "/db/neo4j/query/v2"))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"statement\": \"RETURN 1 AS one\"}"));
        if (userAndPassword != null) {
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
