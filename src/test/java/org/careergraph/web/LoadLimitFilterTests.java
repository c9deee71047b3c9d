package org.careergraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * More questions than the service works on at once: they wait briefly, then hear 503 with
 * Retry-After, never hang.
 */
class LoadLimitFilterTests {

    final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();

    final ExecutorService clients = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    static MockHttpServletRequest routeRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/routes");
        request.setParameter("from", "Associate Network Operations Technician");
        request.setParameter("to", "Director Level 3");
        return request;
    }

    @Test
    void aQuestionBeyondTheLimitIsAnsweredTooBusyWithRetryAfterOnceItsWaitIsOver() throws Exception {
        LoadLimitFilter filter = new LoadLimitFilter(
                new LoadLimitProperties(1, Duration.ofMillis(200), Duration.ofSeconds(2)), json);
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Future<Integer> first = clients.submit(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(routeRequest(), response, (req, res) -> {
                working.countDown();
                try {
                    finish.await(10, TimeUnit.SECONDS);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return response.getStatus();
        });
        assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        MockHttpServletResponse refused = new MockHttpServletResponse();
        filter.doFilter(routeRequest(), refused, (req, res) -> {
            throw new AssertionError("a question beyond the limit must not be worked on");
        });
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("2");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        JsonNode body = json.readTree(refused.getContentAsByteArray());
        assertThat(body.path("status").asInt()).isEqualTo(503);
        assertThat(body.path("title").asText()).isEqualTo("Too busy");
        assertThat(body.path("type").asText()).isEqualTo("urn:career-graph:problem:too-busy");
        assertThat(body.path("detail").asText()).contains("ask again in 2 seconds");
        assertThat(body.path("instance").asText()).isEqualTo("/api/routes");
        assertThat(waitedMillis).isBetween(150L, 5_000L);

        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(200);
    }

    @Test
    void aQuestionThatWaitsForItsTurnIsAnsweredWhenATurnFreesUp() throws Exception {
        LoadLimitFilter filter = new LoadLimitFilter(
                new LoadLimitProperties(1, Duration.ofSeconds(10), Duration.ofSeconds(1)), json);
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        clients.submit(() -> {
            filter.doFilter(routeRequest(), new MockHttpServletResponse(), (req, res) -> {
                working.countDown();
                try {
                    finish.await(10, TimeUnit.SECONDS);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return null;
        });
        assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();
        Future<Integer> waiting = clients.submit(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(routeRequest(), response, (req, res) -> ((MockHttpServletResponse) res).setStatus(200));
            return response.getStatus();
        });
        Thread.sleep(200);
        assertThat(waiting.isDone()).isFalse();

        finish.countDown();

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo(200);
    }

}
