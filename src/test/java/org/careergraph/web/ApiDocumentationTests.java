package org.careergraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careergraph.GraphApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API description covers every endpoint the application serves, with its ranges,
 * examples, problem answers and sign-in, and says of each operation the same as the
 * server does: what needs a sign-in really does.
 */
@GraphApiTest
class ApiDocumentationTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode document() {
        ResponseEntity<JsonNode> response = http.getForEntity("/v3/api-docs", JsonNode.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "api-docs.json"), response.getBody().toPrettyString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return response.getBody();
    }

    /** Every path and method the application's own controllers map. */
    List<String> controllerEndpoints() {
        List<String> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getPackageName().startsWith("org.careergraph")) {
                continue;
            }
            for (String path : mapping.getKey().getPatternValues()) {
                for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
                    endpoints.add(method.name().toLowerCase(Locale.ROOT) + " " + path);
                }
            }
        }
        return endpoints;
    }

    @Test
    void everyControllerMappingIsDescribed() {
        JsonNode paths = document().path("paths");
        List<String> described = new ArrayList<>();
        paths.fields()
            .forEachRemaining(path -> path.getValue()
                .fieldNames()
                .forEachRemaining(method -> described.add(method + " " + path.getKey())));

        assertThat(controllerEndpoints()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(described).containsExactlyInAnyOrderElementsOf(controllerEndpoints());
    }

    @Test
    void everyOperationHasAnIdASummaryAnExampleAndItsProblemAnswers() {
        document().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String name = op.getKey() + " " + path.getKey();
            JsonNode operation = op.getValue();
            JsonNode responses = operation.path("responses");
            assertThat(operation.path("operationId").asText()).as(name).isNotBlank();
            assertThat(operation.path("summary").asText()).as(name).isNotBlank();
            String success = responses.has("201") ? "201" : "200";
            assertThat(responses.path(success).path("content").fields()).toIterable()
                .as("%s answer", name)
                .anySatisfy(media -> assertThat(media.getValue().has("example") || media.getKey().equals("text/csv"))
                    .isTrue());
            assertThat(responses.path("503").path("headers").has("Retry-After")).as(name).isTrue();
            responses.fields().forEachRemaining(response -> {
                if (!response.getKey().startsWith("2")) {
                    assertThat(response.getValue()
                        .path("content")
                        .path("application/problem+json")
                        .path("schema")
                        .path("$ref")
                        .asText()).as("%s %s", name, response.getKey()).isEqualTo("#/components/schemas/Problem");
                }
            });
            if (operation.has("parameters") || operation.has("requestBody")) {
                assertThat(responses.has("400")).as(name).isTrue();
            }
            JsonNode csv = responses.path("200").path("content").path("text/csv");
            if (!csv.isMissingNode() && responses.path("200").path("content").has("application/json")) {
                assertThat(csv.path("schema").path("type").asText()).as(name).isEqualTo("string");
                assertThat(responses.path("200")
                    .path("content")
                    .path("application/json")
                    .path("schema")
                    .path("$ref")
                    .asText()).as(name).startsWith("#/components/schemas/");
            }
            if (path.getKey().contains("{")) {
                assertThat(responses.has("404")).as(name).isTrue();
            }
        }));
    }

    @Test
    void rangesComeFromTheConstraints() {
        JsonNode paths = document().path("paths");

        JsonNode k = parameter(paths.path("/api/routes").path("get"), "k").path("schema");
        assertThat(k.path("type").asText()).isEqualTo("integer");
        assertThat(k.path("maximum").asInt()).isEqualTo(10);
        assertThat(k.path("default").asInt()).isEqualTo(1);
        assertThat(parameter(paths.path("/api/routes").path("get"), "years").path("schema").path("maximum").asInt())
            .isEqualTo(60);
        JsonNode limit = parameter(paths.path("/api/classes").path("get"), "limit").path("schema");
        assertThat(limit.path("minimum").asInt()).isEqualTo(1);
        assertThat(limit.path("maximum").asInt()).isEqualTo(500);
        assertThat(limit.path("default").asInt()).isEqualTo(20);
        assertThat(parameter(paths.path("/api/routes").path("get"), "rank").path("schema").path("enum"))
            .extracting(JsonNode::asText)
            .containsExactly("moves", "years", "grades");
        assertThat(document().path("components")
            .path("schemas")
            .path("HeadcountEdit")
            .path("properties")
            .path("incumbents")
            .path("minimum")
            .asInt()).isZero();
    }

    /**
     * What the description says needs the HR sign-in is exactly what the server refuses
     * without one.
     */
    @Test
    void theDescribedSignInMatchesTheServer() {
        JsonNode api = document();
        assertThat(api.path("components")
            .path("securitySchemes")
            .path(ApiDocumentation.HR_SIGN_IN)
            .path("scheme")
            .asText()).isEqualTo("basic");
        List<String> secured = new ArrayList<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            boolean signIn = op.getValue().has("security");
            if (signIn) {
                secured.add(op.getKey() + " " + path.getKey());
                assertThat(op.getValue().path("responses").has("401")).isTrue();
                assertThat(op.getValue().path("responses").has("403")).isTrue();
            }
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            String url = path.getKey().replaceAll("\\{[^}]+}", "no-such-thing");
            int status = http
                .exchange(url, HttpMethod.valueOf(op.getKey().toUpperCase(Locale.ROOT)),
                        new HttpEntity<>("{}", headers), JsonNode.class)
                .getStatusCode()
                .value();
            assertThat(status == 401).as("%s %s answers %d without sign-in", op.getKey(), path.getKey(), status)
                .isEqualTo(signIn);
        }));
        assertThat(secured).containsExactlyInAnyOrder("post /api/import/seeds", "post /api/hr/import",
                "put /api/hr/headcounts/{classId}", "post /api/hr/reviewed-moves");
    }

    @Test
    void swaggerUiIsServedFromTheApplication() {
        ResponseEntity<String> page = http.getForEntity("/swagger-ui/index.html", String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("swagger-ui-bundle.js").doesNotContain("https://");
        assertThat(http.getForEntity("/swagger-ui.html", String.class).getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(http.getForEntity("/swagger-ui/swagger-initializer.js", String.class).getBody())
            .contains("/v3/api-docs");
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name + " in " + operation);
    }

}
