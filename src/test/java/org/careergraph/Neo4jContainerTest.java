package org.careergraph;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The API tests of a class it marks, run against a Neo4j server in a container instead of
 * the embedded one; skipped where Docker is absent. Every class it marks has the same
 * configuration, so they share one application context and one container. The application
 * connects through the container's service connection ({@code @ServiceConnection}), and
 * the embedded server stays off.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Testcontainers(disabledWithoutDocker = true)
@Import(Neo4jContainerTest.Server.class)
@TestPropertySource(properties = "career-graph.embedded.enabled=false")
public @interface Neo4jContainerTest {

    /** The container, started with the context and stopped with it. */
    @TestConfiguration(proxyBeanMethods = false)
    class Server {

        @Bean
        @ServiceConnection
        Neo4jContainer<?> neo4j() {
            return new Neo4jContainer<>("neo4j:5.26.30-community").withoutAuthentication();
        }

    }

}
