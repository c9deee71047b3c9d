package org.careergraph.importer;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Keeps the app out of a load balancer's rotation (readiness DOWN) until the seed
 * documents are in the graph.
 */
@Component
class SeedsHealthIndicator implements HealthIndicator {

    private volatile boolean loaded;

    /**
     * Called once the schema is in place and the seeds are loaded, or found already
     * there.
     */
    void loaded() {
        loaded = true;
    }

    @Override
    public Health health() {
        return loaded ? Health.up().build() : Health.down().withDetail("seeds", "not loaded yet").build();
    }

}
