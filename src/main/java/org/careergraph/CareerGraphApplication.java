package org.careergraph;

import org.careergraph.hr.HrCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of Career Graph: boots Spring and, unless an external server is configured, an embedded Neo4j. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CareerGraphApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CareerGraphApplication.class);
        if (HrCommandLine.requested(args)) {
            // a one-off import or export of HR's files: no web server, and exit when done
            application.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
