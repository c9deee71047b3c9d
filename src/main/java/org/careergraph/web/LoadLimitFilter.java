package org.careergraph.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Works on a bounded number of questions at once; the others wait their turn, briefly. A
 * question that cannot start within the wait is answered at once with a 503 problem
 * detail and {@code Retry-After}, so that under more load than the machine can take
 * clients hear "come back soon" instead of waiting without end.
 */
class LoadLimitFilter extends OncePerRequestFilter {

    private final Semaphore turns;

    private final LoadLimitProperties properties;

    private final ObjectMapper json;

    LoadLimitFilter(LoadLimitProperties properties, ObjectMapper json) {
        this.turns = new Semaphore(properties.maxConcurrent(), true);
        this.properties = properties;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean turn;
        try {
            turn = turns.tryAcquire(properties.maxWait().toNanos(), TimeUnit.NANOSECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            tooBusy(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        }
        finally {
            turns.release();
        }
    }

    private void tooBusy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long seconds = Math.max(1, (properties.retryAfter().toMillis() + 999) / 1000);
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Too busy",
                "The service is answering as many questions as it can at once; ask again in " + seconds
                        + (seconds == 1 ? " second." : " seconds."),
                "too-busy");
        problem.setInstance(URI.create(request.getRequestURI()));
        request.setAttribute(RequestIdFilter.PROBLEM_ATTRIBUTE, problem);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

}
