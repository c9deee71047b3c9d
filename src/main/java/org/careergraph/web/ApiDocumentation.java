package org.careergraph.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The machine-readable description of the API at {@code /v3/api-docs} (Swagger UI at
 * {@code /swagger-ui.html}), so clients are written from a contract rather than from
 * examples: the HR sign-in, the problem detail every error answers with, and the problem
 * answers of every operation.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    /** The security scheme of writes: HTTP Basic as a user with the HR role. */
    public static final String HR_SIGN_IN = "hr-sign-in";
    static final String PROBLEM = "Problem";

    private static final String CSV = "text/csv";

    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Bean
    OpenAPI careerGraphApi() {
        return new OpenAPI()
            .info(new Info().title("Career Graph API")
                .version("1")
                .description("Career progression over public-sector job classes: search classes, routes "
                        + "from one class to another, the moves out of a class, the ladder drawing, and HR's "
                        + "pipeline questions and data. Reads are open; writes need HTTP Basic sign-in as a "
                        + "user with the HR role. Every error is an RFC 9457 problem detail "
                        + "(application/problem+json) carrying the request id also sent as X-Request-Id."))
            .components(new Components()
                .addSecuritySchemes(HR_SIGN_IN,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP)
                            .scheme("basic")
                            .description("A configured user with the HR role"))
                .addSchemas(PROBLEM, problemSchema()));
    }

    /**
     * Adds the problem answers every operation can give (400 where it takes input, 503
     * everywhere), the sign-in answers of the writes, and to every problem answer an
     * operation declares (404, 413, 422) the problem schema and a real example; and a
     * real example of each successful answer.
     */
    @Bean
    OpenApiCustomizer problemAnswers(ApiExamples examples) {
        return api -> api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            boolean takesInput = operation.getRequestBody() != null
                    || operation.getParameters() != null && !operation.getParameters().isEmpty();
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("4")
                        && (response.getContent() == null || !response.getContent().containsKey(PROBLEM_JSON))) {
                    operation.getResponses().put(status, problem(response.getDescription(), examples.problem(status)));
                }
            });
            if (takesInput) {
                operation.getResponses()
                    .putIfAbsent("400", problem("A parameter or the request body is not "
                            + "valid, or a class name matches more than one class", examples.problem("400")));
            }
            if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                operation.getResponses()
                    .putIfAbsent("401",
                            problem("No sign-in, or a wrong user name or password", examples.problem("401")));
                operation.getResponses()
                    .putIfAbsent("403", problem("The signed-in user lacks the HR role", examples.problem("403")));
            }
            operation.getResponses()
                .putIfAbsent("503",
                        problem("The graph database is unavailable or the server "
                                + "is overloaded; try again after Retry-After seconds", examples.problem("503"))
                            .addHeaderObject("Retry-After",
                                    new io.swagger.v3.oas.models.headers.Header()
                                        .description("seconds to wait before trying again")
                                        .schema(new IntegerSchema())));
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2") && response.getContent() != null && response.getContent().get(CSV) != null) {
                    // its own media type object: springdoc shares one between JSON and
                    // CSV
                    response.getContent()
                        .put(CSV, new MediaType().schema(new StringSchema()
                            .description("RFC 4180 CSV with a header row, one row per line of the answer")));
                }
            });
            boolean csvAnswer = operation.getResponses()
                .entrySet()
                .stream()
                .anyMatch(e -> e.getKey().startsWith("2") && e.getValue().getContent() != null
                        && e.getValue().getContent().containsKey(CSV));
            boolean declaresBom = operation.getParameters() != null && operation.getParameters()
                .stream()
                .anyMatch(p -> CsvProperties.BOM_PARAMETER.equals(p.getName()));
            if (csvAnswer && !declaresBom) {
                operation.addParametersItem(new Parameter().in("query")
                    .name(CsvProperties.BOM_PARAMETER)
                    .description("with text/csv (Accept or ?format=csv): start with a UTF-8 byte-order mark for "
                            + "Excel; career-graph.csv.byte-order-mark by default")
                    .schema(new io.swagger.v3.oas.models.media.BooleanSchema()));
            }
            examples.addAnswerExample(operation);
        }));
    }

    static ApiResponse problem(String description, Object example) {
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM));
        if (example != null) {
            media.setExample(example);
        }
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON, media));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
            .description("An RFC 9457 problem detail; some problems add fields, e.g. "
                    + "suggestions (404), candidates (ambiguous 400) or errors (422)")
            .addProperty("type", new StringSchema().format("uri").example("urn:career-graph:problem:bad-request"))
            .addProperty("title", new StringSchema().example("Bad request"))
            .addProperty("status", new IntegerSchema().example(400))
            .addProperty("detail", new StringSchema().example("'k' must be between 1 and 10, was 11"))
            .addProperty("instance", new StringSchema().format("uri-reference").example("/api/routes"))
            .addProperty("requestId",
                    new StringSchema()
                        .description("the request's id, as in the X-Request-Id " + "header and the server's log line")
                        .example("0b9e0a43-5f0c-4b43-9a55-3d0f1f8a4c11"))
            .additionalProperties(true);
    }

}
