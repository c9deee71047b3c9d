package org.careergraph.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders every error as an RFC 9457 problem detail with a message a person can act on;
 * never a stack trace, and never a 500 for bad input. Features describe their own errors
 * ({@link ProblemException}); this class knows none of them, only Spring's own errors (a
 * body that cannot be read, a parameter out of range) and the unexpected.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private static final URI UNTYPED = URI.create("about:blank");

    /**
     * A request body that fails Bean Validation: every field and why, in one sentence.
     */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = Stream
            .concat(e.getBindingResult()
                .getFieldErrors()
                .stream()
                .map(f -> "'" + f.getField() + "' " + f.getDefaultMessage()),
                    e.getBindingResult().getGlobalErrors().stream().map(g -> g.getDefaultMessage()))
            .sorted()
            .collect(Collectors.joining("; "));
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Bad request",
                detail.isEmpty() ? "The request body is not valid." : detail, "bad-request");
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A body that is not JSON, or not the JSON this endpoint reads: says which field. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = "The request body is missing or cannot be read.";
        if (e.getCause() instanceof UnrecognizedPropertyException u) {
            detail = "unknown field '" + path(u) + "'; the fields here are "
                    + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        else if (e.getCause() instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            detail = "'" + path(m) + "' has the wrong type or format";
        }
        else if (e.getCause() instanceof JsonProcessingException j) {
            detail = "the body is not valid JSON: " + j.getOriginalMessage();
        }
        return handleExceptionInternal(e, Problems.of(HttpStatus.BAD_REQUEST, "Bad request", detail, "bad-request"),
                headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * Spring's own problems (an unknown path, a missing parameter) come typed like ours,
     * never {@code about:blank}.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Object problem = body == null && e instanceof ErrorResponse response
                ? response.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale()) : body;
        if (problem instanceof ProblemDetail detail && (detail.getType() == null || UNTYPED.equals(detail.getType()))) {
            HttpStatus known = HttpStatus.resolve(status.value());
            String reason = known == null ? "error-" + status.value() : known.getReasonPhrase();
            detail.setType(
                    URI.create(Problems.TYPE_PREFIX + reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")));
            Problems.withRequestId(detail);
        }
        return super.handleExceptionInternal(e, problem, headers, status, request);
    }

    private static String path(JsonMappingException e) {
        return e.getPath()
            .stream()
            .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[");
    }

    /**
     * A request parameter out of range, as Spring MVC's own method validation finds it:
     * the same answer as a constraint violation.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = invalidParameters(e.getParameterValidationResults()
            .stream()
            .flatMap(result -> result.getResolvableErrors()
                .stream()
                .map(error -> "'" + result.getMethodParameter().getParameterName() + "' "
                        + error.getDefaultMessage())));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        return invalidParameters(e.getConstraintViolations()
            .stream()
            .map(v -> parameter(v.getPropertyPath().toString()) + " " + v.getMessage()));
    }

    /** One 400 for every parameter found invalid, each saying why, in a stable order. */
    private static ProblemDetail invalidParameters(Stream<String> complaints) {
        return Problems.of(HttpStatus.BAD_REQUEST, "Bad request", complaints.sorted().collect(Collectors.joining("; ")),
                "bad-request");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The request could not be completed; the server log has the details.", "internal-error");
    }

    private static String parameter(String path) {
        return "'" + path.substring(path.lastIndexOf('.') + 1) + "'";
    }

}
