package org.careergraph.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many questions the service works on at once, bound from
 * {@code career-graph.load.*}.
 *
 * @param maxConcurrent questions (routes, searches, classes, ladders, pipeline answers)
 * worked on at once; the rest wait their turn
 * @param maxWait how long a question may wait for its turn before it is answered 503
 * Service Unavailable
 * @param retryAfter how long the 503 answer's {@code Retry-After} header asks the client
 * to wait
 */
@ConfigurationProperties("career-graph.load")
@Validated
record LoadLimitProperties(@DefaultValue("16") @Min(1) @Max(10_000) int maxConcurrent,
        @DefaultValue("2s") Duration maxWait, @DefaultValue("1s") Duration retryAfter) {
}
