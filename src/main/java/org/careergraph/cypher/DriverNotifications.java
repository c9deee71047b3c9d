package org.careergraph.cypher;

import java.util.Set;
import org.neo4j.driver.NotificationCategory;
import org.neo4j.driver.NotificationConfig;
import org.springframework.boot.autoconfigure.neo4j.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Asks Neo4j not to send "unrecognized property" notifications: a class whose document
 * states no condition simply has no {@code condition} property, which is an answer ("not
 * stated"), not a mistake, and logging it on every request cost more than the query.
 */
@Configuration(proxyBeanMethods = false)
class DriverNotifications {

    @Bean
    ConfigBuilderCustomizer quietUnrecognizedNotifications() {
        return builder -> builder.withNotificationConfig(
                NotificationConfig.defaultConfig().disableCategories(Set.of(NotificationCategory.UNRECOGNIZED)));
    }

}
