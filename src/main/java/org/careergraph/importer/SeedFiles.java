package org.careergraph.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The text of every file in a seed folder: documents ({@code *.txt}) and reviewed CSV
 * files. Reads the folder on disk when it exists (so HR can edit it without a rebuild),
 * else the packaged copy.
 *
 * @param origin where the files were read from, for messages
 * @param documents document file name to text, in file-name order
 * @param reviewed CSV file name to text
 */
record SeedFiles(String origin, Map<String, String> documents, Map<String, String> reviewed) {

    static SeedFiles read(String location) {
        Path folder = Path.of(location);
        return Files.isDirectory(folder) ? fromFolder(folder) : fromClasspath();
    }

    private static SeedFiles fromFolder(Path folder) {
        Map<String, String> documents = new LinkedHashMap<>();
        Map<String, String> reviewed = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".txt")) {
                    documents.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
                else if (name.endsWith(".csv")) {
                    reviewed.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read seed folder " + folder.toAbsolutePath(), e);
        }
        return new SeedFiles(folder.toAbsolutePath().normalize().toString(), documents, reviewed);
    }

    private static SeedFiles fromClasspath() {
        Map<String, String> documents = new LinkedHashMap<>();
        Map<String, String> reviewed = new LinkedHashMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:seeds/*.*");
            for (Resource resource : Arrays.stream(resources)
                .sorted(Comparator.comparing(Resource::getFilename))
                .toList()) {
                String name = resource.getFilename();
                String text = resource.getContentAsString(StandardCharsets.UTF_8);
                if (name.endsWith(".txt")) {
                    documents.put(name, text);
                }
                else if (name.endsWith(".csv")) {
                    reviewed.put(name, text);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged seeds", e);
        }
        return new SeedFiles("the packaged seeds", documents, reviewed);
    }
}
