package org.careergraph.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many questions the service works on at once, bound from {@code career-graph.load.*}.
 *
 * @param maxConcurrent questions (routes, searches, classes, ladders, pipeline answers) worked on at once
 * @param maxWait       how long a question may wait for its turn before it is answered 503
 * @param retryAfter    what the 503 answer's {@code Retry-After} header asks the client to wait
 */
@ConfigurationProperties("career-graph.load")
record LoadLimitProperties(Integer maxConcurrent, Duration maxWait, Duration retryAfter) {

    LoadLimitProperties {
        maxConcurrent = maxConcurrent != null && maxConcurrent > 0 ? maxConcurrent : 16;
        maxWait = maxWait != null ? maxWait : Duration.ofSeconds(2);
        retryAfter = retryAfter != null && !retryAfter.isNegative() ? retryAfter : Duration.ofSeconds(1);
    }
}
