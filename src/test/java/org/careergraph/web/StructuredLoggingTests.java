package org.careergraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * {@code logging.structured.format.console=ecs} writes each log line as one JSON object;
 * the line of a request carries its id as {@code requestId}. (Spring Boot sets logging up
 * once per JVM, so the encoder the setting selects is checked here directly rather than
 * by restarting logging under the other tests.)
 */
class StructuredLoggingTests {

    @Test
    void aJsonLogLineCarriesTheRequestId() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources()
            .addFirst(new MapPropertySource("app", Map.of("spring.application.name", "career-graph")));
        LoggerContext logging = new LoggerContext();
        logging.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(logging);
        encoder.setFormat("ecs");
        encoder.start();
        LoggingEvent event = new LoggingEvent(RequestIdFilter.class.getName(), logging.getLogger(RequestIdFilter.class),
                Level.INFO, "GET /api/routes answered 400 in 3 ms", null, null);
        event.setMDCPropertyMap(Map.of(RequestIdFilter.MDC_KEY, "req-42"));

        String text = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(text.strip().lines()).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(text);
        assertThat(line.path("message").asText()).isEqualTo("GET /api/routes answered 400 in 3 ms");
        assertThat(line.path("requestId").asText()).isEqualTo("req-42");
        assertThat(line.path("log").path("level").asText()).isEqualTo("INFO");
        assertThat(line.path("log").path("logger").asText()).isEqualTo(RequestIdFilter.class.getName());
        assertThat(line.path("service").path("name").asText()).isEqualTo("career-graph");
    }

}
