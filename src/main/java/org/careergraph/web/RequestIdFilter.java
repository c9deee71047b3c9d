package org.careergraph.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id an operator can search the logs for: taken from a caller's
 * {@code X-Request-Id} when it is a plain token, otherwise new; answered as a header,
 * carried by every problem detail, and put in the logging context ({@code requestId}) of
 * every line logged for the request. Requests answered with an error are logged with that
 * id, so a problem a user reports leads straight to its log line.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";

    public static final String MDC_KEY = "requestId";

    /**
     * The request attribute under which an answered problem detail is kept for the
     * request's log line.
     */
    public static final String PROBLEM_ATTRIBUTE = RequestIdFilter.class.getName() + ".problem";

    private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && ACCEPTED.matcher(given).matches() ? given : newId();
        long start = System.nanoTime();
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        }
        finally {
            logAnswer(request, response, (System.nanoTime() - start) / 1_000_000);
            MDC.remove(MDC_KEY);
        }
    }

    /**
     * Errors at INFO (server errors at WARN) with the problem's detail; everything else
     * at DEBUG.
     */
    private static void logAnswer(HttpServletRequest request, HttpServletResponse response, long millis) {
        int status = response.getStatus();
        if (status < 400 && !log.isDebugEnabled()) {
            return;
        }
        String detail = request.getAttribute(PROBLEM_ATTRIBUTE) instanceof ProblemDetail problem
                ? ": " + problem.getTitle() + ": " + problem.getDetail() : "";
        String line = request.getMethod() + " " + request.getRequestURI() + " answered " + status + " in " + millis
                + " ms" + detail;
        if (status >= 500) {
            log.warn(line);
        }
        else if (status >= 400) {
            log.info(line);
        }
        else {
            log.debug(line);
        }
    }

    /**
     * A random (version 4) UUID from a per-thread generator: a request id needs to be
     * unique, not unguessable, and the secure generator behind {@code randomUUID} is
     * shared by every request thread.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }

    /** The id of the request being answered on this thread, or null outside a request. */
    public static String currentId() {
        return MDC.get(MDC_KEY);
    }

}
