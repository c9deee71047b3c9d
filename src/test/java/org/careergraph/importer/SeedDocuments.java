package org.careergraph.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real seed documents, read from the project's {@code seeds/} folder for tests. */
final class SeedDocuments {

    static final String NETWORK_OPERATIONS = "000_d8ac1a38b8960dfb.txt";
    static final String TECHNICAL_SUPPORT = "001_788cbb0652191ed9.txt";
    static final String IT_MANAGEMENT = "002_ced1ba0d1ff153e6.txt";
    static final String NETWORK_ENGINEER_SERIES = "003_6faeade715cd5614.txt";
    static final String INFRASTRUCTURE_TRACKS = "004_520c25cdd3a0bcce.txt";

    private SeedDocuments() {
    }

    static String text(String file) {
        try {
            return Files.readString(Path.of("seeds", file));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedDocument parse(String file) {
        return SpecDocumentParser.parse(file, text(file));
    }

}
