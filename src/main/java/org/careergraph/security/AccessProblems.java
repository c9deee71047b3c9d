package org.careergraph.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.careergraph.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers a refused sign-in (401) or a missing role (403) with the same problem details
 * as every other error.
 */
@Component
class AccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Career Graph";

    private final ObjectMapper json;

    AccessProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // The explorer page asks for the password itself; a Basic challenge would make
        // the browser ask as well.
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        }
        write(request, response,
                Problems.of(HttpStatus.UNAUTHORIZED, "Sign-in required",
                        request.getHeader(HttpHeaders.AUTHORIZATION) != null ? "The user name or password is wrong."
                                : whatIsNeeded(request),
                        "unauthenticated"));
    }

    /**
     * A read needs any known user (when reads are not open); a write needs the HR role.
     */
    private static String whatIsNeeded(HttpServletRequest request) {
        return SecurityConfiguration.reads().matches(request)
                ? "Reading needs a sign-in here: sign in (HTTP Basic) as any user of Career Graph."
                : "This request changes data: sign in (HTTP Basic) as a user with the " + AccessProperties.WRITER_ROLE
                        + " role.";
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        String user = request.getUserPrincipal() == null ? "this user"
                : "'" + request.getUserPrincipal().getName() + "'";
        write(request, response, Problems.of(HttpStatus.FORBIDDEN, "Not allowed",
                "Changing data needs the " + AccessProperties.WRITER_ROLE + " role, which " + user + " does not have.",
                "forbidden"));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

}
