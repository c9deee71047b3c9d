package org.careergraph.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Refuses a run on a data folder another process owns as soon as the configuration is
 * known, before any bean (or Neo4j) starts, so a command-line import next to the running
 * app fails in a moment instead of after the whole start-up. The server itself takes the
 * lock for good when it starts.
 */
class DataFolderCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        if (StringUtils.hasText(environment.getProperty(NoExternalNeo4jCondition.URI_PROPERTY))) {
            return; // an external server: no folder of ours
        }
        Path folder = Path.of(environment.getProperty(EmbeddedNeo4jProperties.PREFIX + ".data-directory", "./data"));
        DataFolderLock.acquire(folder.toAbsolutePath().normalize()).close();
    }

}
