package org.careergraph;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a real Neo4j: the embedded one on random loopback ports with a
 * fresh store, or the server a subclass points {@code spring.neo4j.uri} at. Every test
 * class using it shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "career-graph.embedded.bolt-port=0", "career-graph.embedded.http-port=0",
                "career-graph.embedded.data-directory=target/test-graph/${random.uuid}",
                "career-graph.seeds.location=seeds" })
public @interface GraphApiTest {

}
