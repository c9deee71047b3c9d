package org.careergraph;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The API tests of a class it marks, run against the Neo4j server in a container instead of the embedded one;
 * skipped where Docker is absent. Every class it marks has the same configuration, so they share one
 * application context and one container.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Testcontainers(disabledWithoutDocker = true)
@ContextConfiguration(initializers = Neo4jContainerTest.PointAtContainer.class)
public @interface Neo4jContainerTest {

    /** Points the application at the container, started on first use. */
    class PointAtContainer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.neo4j.uri=" + Neo4jContainers.boltUrl()).applyTo(context);
        }
    }
}
