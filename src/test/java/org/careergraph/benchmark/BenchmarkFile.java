package org.careergraph.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * BENCHMARKS.md holds one section per benchmark between {@code <!-- name:start -->} and
 * {@code <!-- name:end -->} markers; a run replaces its own section and leaves the others
 * and the notes written around them alone.
 */
final class BenchmarkFile {

    static final Path FILE = Path.of("BENCHMARKS.md");

    private BenchmarkFile() {
    }

    static void replaceSection(String name, String markdown) throws IOException {
        String start = "<!-- " + name + ":start -->";
        String end = "<!-- " + name + ":end -->";
        String text = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "# Benchmarks\n";
        String section = start + "\n" + markdown.strip() + "\n" + end;
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        String updated = from >= 0 && to > from ? text.substring(0, from) + section + text.substring(to + end.length())
                : text.stripTrailing() + "\n\n" + section + "\n";
        Files.writeString(FILE, updated, StandardCharsets.UTF_8);
        System.out.println("Written to " + FILE.toAbsolutePath() + " (section " + name + ")");
    }

}
