package org.careergraph.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Documents written for the tests the way HR writes them (not copies of the seeds), read
 * byte for byte.
 */
final class TestDocuments {

    /**
     * A family career path with a byte-order mark, Windows line endings and a page header
     * mid-class.
     */
    static final String FACILITIES_FAMILY = "facilities-family-crlf-bom.txt";

    /**
     * A class series specification with typographic punctuation, heading variants and a
     * page header mid-sentence.
     */
    static final String WATER_QUALITY_SERIES = "water-quality-series.txt";

    /**
     * A job description with a byte-order mark, a "(cont’d)" page heading and a
     * doctorate.
     */
    static final String ANALYTICS_TRACKS = "analytics-track-description.txt";

    private TestDocuments() {
    }

    static String text(String file) {
        try {
            return Files.readString(Path.of("src/test/resources/documents", file), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedDocument parse(String file) {
        return SpecDocumentParser.parse(file, text(file));
    }

}
