package org.careergraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of Career Graph: boots Spring and, unless an external server is configured, an embedded Neo4j. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CareerGraphApplication {

    public static void main(String[] args) {
        SpringApplication.run(CareerGraphApplication.class, args);
    }
}
