package org.careergraph.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careergraph.catalog.AmbiguousClassException;
import org.careergraph.catalog.UnknownClassException;
import org.careergraph.hr.HrImportRefusedException;
import org.careergraph.hr.HrImportTooLargeException;
import org.careergraph.importer.ImportFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error into an RFC 9457 problem detail with a message a person can act on; never a stack
 * trace, and never a 500 for bad input.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(UnknownClassException.class)
    ProblemDetail unknownClass(UnknownClassException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Unknown class", e.getMessage(), "unknown-class");
        problem.setProperty("suggestions", e.suggestions());
        return problem;
    }

    @ExceptionHandler(AmbiguousClassException.class)
    ProblemDetail ambiguousClass(AmbiguousClassException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ambiguous class", e.getMessage(), "ambiguous-class");
        problem.setProperty("candidates", e.candidates());
        return problem;
    }

    @ExceptionHandler(ImportFailedException.class)
    ProblemDetail importFailed(ImportFailedException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Import refused", e.getMessage(), "import-refused");
        problem.setProperty("file", e.file());
        problem.setProperty("line", e.line());
        problem.setProperty("reason", e.reason());
        return problem;
    }

    @ExceptionHandler(HrImportRefusedException.class)
    ProblemDetail hrImportRefused(HrImportRefusedException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Import refused", e.getMessage(), "import-refused");
        problem.setProperty("errorCount", e.errorCount());
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(HrImportTooLargeException.class)
    ProblemDetail hrImportTooLarge(HrImportTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Import too large", e.getMessage(), "import-too-large");
    }

    /** A request body that fails Bean Validation: every field and why, in one sentence. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String detail = Stream.concat(e.getBindingResult().getFieldErrors().stream()
                        .map(f -> "'" + f.getField() + "' " + f.getDefaultMessage()),
                e.getBindingResult().getGlobalErrors().stream().map(g -> g.getDefaultMessage()))
                .sorted().collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad request", detail.isEmpty()
                ? "The request body is not valid." : detail, "bad-request");
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A body that is not JSON, or not the JSON this endpoint reads: says which field. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String detail = "The request body is missing or cannot be read.";
        if (e.getCause() instanceof UnrecognizedPropertyException u) {
            detail = "unknown field '" + path(u) + "'; the fields here are "
                    + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        } else if (e.getCause() instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            detail = "'" + path(m) + "' has the wrong type or format";
        } else if (e.getCause() instanceof JsonProcessingException j) {
            detail = "the body is not valid JSON: " + j.getOriginalMessage();
        }
        return handleExceptionInternal(e, problem(HttpStatus.BAD_REQUEST, "Bad request", detail, "bad-request"), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    @ExceptionHandler({IllegalArgumentException.class})
    ProblemDetail badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage(), "bad-request");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> parameter(v.getPropertyPath().toString()) + " " + v.getMessage()).sorted()
                .collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, "Bad request", detail, "bad-request");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The request could not be completed; the server log has the details.", "internal-error");
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        return Problems.of(status, title, detail, type);
    }

    private static String parameter(String path) {
        return "'" + path.substring(path.lastIndexOf('.') + 1) + "'";
    }
}
