package org.careergraph.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the default data set lives and when it is loaded.
 *
 * @param location a folder of class-specification documents and reviewed CSV files; when it does not
 *                 exist the copy packaged in the application is used
 * @param load     {@code auto}: load when the graph holds no class; {@code always}: reload at every start;
 *                 {@code never}
 */
@ConfigurationProperties("career-graph.seeds")
public record SeedProperties(String location, Load load) {

    public enum Load { AUTO, ALWAYS, NEVER }

    public SeedProperties {
        location = location == null || location.isBlank() ? "seeds" : location;
        load = load == null ? Load.AUTO : load;
    }
}
