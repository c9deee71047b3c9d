package org.careergraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Real answers of the running application, recorded under {@code openapi/examples/} (one
 * file per operation id, {@code problem-<status>.json} for the problems), shown as the
 * examples of the API description.
 */
@Component
class ApiExamples {

    static final String FOLDER = "openapi/examples/";

    private final ObjectMapper json;

    ApiExamples(ObjectMapper json) {
        this.json = json;
    }

    /** The recorded problem detail of a status, or null. */
    JsonNode problem(String status) {
        return read("problem-" + status + ".json");
    }

    /**
     * Puts the recorded answer of the operation as the example of its successful JSON
     * answer.
     */
    void addAnswerExample(Operation operation) {
        JsonNode example = read(operation.getOperationId() + ".json");
        if (example == null) {
            return;
        }
        operation.getResponses()
            .entrySet()
            .stream()
            .filter(e -> e.getKey().startsWith("2"))
            .map(e -> e.getValue())
            .map(ApiResponse::getContent)
            .filter(c -> c != null)
            .forEach(content -> content.forEach((type, media) -> {
                if (type.contains("json")) {
                    media.setExample(example);
                }
            }));
    }

    private JsonNode read(String name) {
        ClassPathResource file = new ClassPathResource(FOLDER + name);
        if (!file.exists()) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return json.readTree(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the API example " + name, e);
        }
    }

}
