package org.careergraph.availability;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.careergraph.web.Problems;
import org.careergraph.web.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every request that failed because the graph database is down or overwhelmed
 * with a 503 problem detail and {@code Retry-After}, whichever feature it reached, before
 * any feature's own error handling sees it.
 */
@Component
class GraphDatabaseOutageResolver implements HandlerExceptionResolver, Ordered {

    /**
     * Seconds a client should wait before trying again; the driver notices a returning
     * database at once.
     */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(GraphDatabaseOutageResolver.class);

    private final ObjectMapper json;

    GraphDatabaseOutageResolver(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        return GraphDatabaseOutage.of(failure).map(outage -> answer(request, response, outage)).orElse(null);
    }

    private ModelAndView answer(HttpServletRequest request, HttpServletResponse response, GraphDatabaseOutage outage) {
        log.warn("The graph database is {}: {}", outage.busy() ? "busy" : "unavailable", outage.reason());
        ProblemDetail problem = outage.busy()
                ? Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Graph database busy",
                        "The graph database cannot take " + "this request right now. Try again in "
                                + RETRY_AFTER_SECONDS + " seconds.",
                        "database-busy")
                : Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Graph database unavailable",
                        "The graph database is " + "unavailable, so this request could not be answered. Try again in "
                                + RETRY_AFTER_SECONDS + " seconds.",
                        "database-unavailable");
        problem.setInstance(URI.create(request.getRequestURI()));
        request.setAttribute(RequestIdFilter.PROBLEM_ATTRIBUTE, problem); // for the
                                                                          // request's log
                                                                          // line
        try {
            response.resetBuffer();
            response.setStatus(problem.getStatus());
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        }
        catch (IOException | IllegalStateException e) {
            log.debug("Could not write the 503 answer", e);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1; // after Boot's error-attribute recorder,
                                               // before every @ExceptionHandler
    }

}
