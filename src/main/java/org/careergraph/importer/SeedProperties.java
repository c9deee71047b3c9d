package org.careergraph.importer;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the default data set lives and when it is loaded.
 *
 * @param location a folder of class-specification documents and reviewed CSV files; when
 * it does not exist the copy packaged in the application is used
 * @param load {@code auto}: load when the graph holds no class; {@code always}: reload at
 * every start; {@code never}
 */
@ConfigurationProperties("career-graph.seeds")
@Validated
public record SeedProperties(@DefaultValue("seeds") @NotBlank String location, @DefaultValue("auto") Load load) {

    public enum Load {

        AUTO, ALWAYS, NEVER

    }
}
