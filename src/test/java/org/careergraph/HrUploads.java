package org.careergraph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Uploads HR files as an HR analyst would, and clears HR's data again so that tests leave
 * the seed graph as found.
 */
public final class HrUploads {

    public static final String HR = "hr";

    public static final String HR_PASSWORD = "dev-hr-password";

    public static final String VIEWER = "viewer";

    public static final String VIEWER_PASSWORD = "dev-viewer-password";

    private HrUploads() {
    }

    /**
     * Parts named classes, moves, headcounts or history, each sent as {@code <part>.csv}.
     */
    public static ResponseEntity<JsonNode> upload(TestRestTemplate http, Map<String, String> files) {
        var body = new LinkedMultiValueMap<String, Object>();
        files.forEach((part, text) -> body.add(part, new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return part + ".csv";
            }
        }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(HR, HR_PASSWORD)
            .postForEntity("/api/hr/import", new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** Uploads the sample headcounts and recorded moves in {@code seeds/hr}. */
    public static ResponseEntity<JsonNode> uploadSampleHistory(TestRestTemplate http) {
        return upload(http, Map.of("headcounts", sample("headcounts"), "history", sample("history")));
    }

    /** The sample files in {@code seeds/hr}, e.g. {@code sample("headcounts")}. */
    public static String sample(String part) {
        try {
            return Files.readString(Path.of("seeds/hr", part + ".csv"), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces all of HR's data with nothing: every file with its header only. */
    public static void clear(TestRestTemplate http) {
        Map<String, String> empty = new LinkedHashMap<>();
        empty.put("classes", "id,title,agency,family\n");
        empty.put("moves", "type,from,to,basis\n");
        empty.put("headcounts", "class,incumbents,authorized\n");
        empty.put("history", "year,from,to,people\n");
        assertThat(upload(http, empty).getStatusCode().value()).isEqualTo(200);
    }

}
