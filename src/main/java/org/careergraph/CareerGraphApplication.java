package org.careergraph;

import org.careergraph.embedded.DataFolderInUseException;
import org.careergraph.hr.HrCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point of Career Graph: boots Spring and, unless an external server is configured,
 * an embedded Neo4j.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CareerGraphApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CareerGraphApplication.class);
        try {
            if (HrCommandLine.requested(args)) {
                // a one-off import or export of HR's files: no web server, and exit when
                // done
                application.setWebApplicationType(WebApplicationType.NONE);
                System.exit(SpringApplication.exit(application.run(args)));
            }
            application.run(args);
        }
        catch (RuntimeException e) { // Spring Boot has reported why already
            System.exit(inUse(e) ? DataFolderInUseException.EXIT_CODE : 1);
        }
    }

    private static boolean inUse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataFolderInUseException) {
                return true;
            }
        }
        return false;
    }

}
