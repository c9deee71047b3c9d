package org.careergraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Browser guide names only Cypher files that exist, so the guide (and its picture)
 * never sends people astray.
 */
class GuideFilesTests {

    @Test
    void everyCypherFileTheGuideNamesExists() throws IOException {
        String guide = Files.readString(Path.of("cypher/browser/guide.html"));
        List<String> named = Pattern.compile("cypher/[\\w/.-]+\\.cypher")
            .matcher(guide)
            .results()
            .map(m -> m.group())
            .distinct()
            .toList();

        assertThat(named).isNotEmpty();
        assertThat(named).allSatisfy(file -> assertThat(Path.of(file)).as("named in the guide").isRegularFile());
    }

}
