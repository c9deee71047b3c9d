package org.careergraph.importer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads the CSV files of both import front ends (HR's files and the reviewed files beside
 * the documents) with a real CSV parser: checks the header against the file's layout,
 * then hands each row to the file's row reader. Every problem goes to a list with file,
 * line and column, so one pass finds every problem of a file.
 */
public final class CsvReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setTrim(true)
        .setIgnoreEmptyLines(true)
        .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
        .get();

    private CsvReader() {
    }

    /**
     * @param charactersRead told how far into the text the reader is, for a progress bar
     * @return the rows read; a row with a bad cell is left out and its errors added to
     * {@code errors}
     */
    public static <T> List<T> read(CsvLayout kind, String file, String text, Function<CsvRow, T> reader,
            List<ImportProblem> errors, LongConsumer charactersRead) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int[] lineStarts = lineStarts(csv);
        List<T> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), FORMAT)) {
            if (!header(kind, file, parser.getHeaderNames(), errors)) {
                return rows;
            }
            int expected = parser.getHeaderNames().size();
            for (CSVRecord record : parser) {
                int line = lineOf(lineStarts, start(csv, record.getCharacterPosition()));
                int before = errors.size();
                if (record.size() != expected) {
                    errors.add(new ImportProblem(file, line, null,
                            "expected " + expected + " fields as in the header, found " + record.size()));
                    continue;
                }
                T row = reader.apply(new CsvRow(record, file, line, errors));
                if (errors.size() == before) {
                    rows.add(row);
                }
                charactersRead.accept(record.getCharacterPosition());
            }
        }
        catch (IllegalArgumentException e) {
            errors.add(new ImportProblem(file, 1, null, "the header cannot be read: " + e.getMessage()));
        }
        catch (IOException | UncheckedIOException | IllegalStateException e) {
            errors.add(new ImportProblem(file, 1, null, "not a readable CSV file: " + e.getMessage()));
        }
        charactersRead.accept(csv.length());
        return rows;
    }

    private static boolean header(CsvLayout kind, String file, List<String> names, List<ImportProblem> errors) {
        int before = errors.size();
        if (names.isEmpty()) {
            errors.add(new ImportProblem(file, 1, null,
                    "the file is empty; the first line must be the header: " + String.join(",", kind.columns())));
            return false;
        }
        for (String name : names) {
            if (!kind.columns().contains(name)) {
                String hint = kind.columns()
                    .stream()
                    .filter(name::equalsIgnoreCase)
                    .findFirst()
                    .map(c -> "; did you mean '" + c + "'?")
                    .orElse("; the columns of " + kind.fileName() + " are " + String.join(", ", kind.columns()));
                errors.add(new ImportProblem(file, 1, name, "unknown column '" + name + "'" + hint));
            }
        }
        for (String column : kind.required()) {
            if (!names.contains(column)) {
                errors.add(new ImportProblem(file, 1, column,
                        "missing column '" + column + "'; the header must name " + String.join(", ", kind.required())));
            }
        }
        return errors.size() == before;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Where a record really starts: its position counts from the end of the previous one,
     * before empty lines.
     */
    private static long start(String text, long position) {
        long start = position;
        while (start < text.length() && (text.charAt((int) start) == '\n' || text.charAt((int) start) == '\r')) {
            start++;
        }
        return start;
    }

    /** 1-based line of a character position. */
    private static int lineOf(int[] lineStarts, long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return (found >= 0 ? found : -found - 2) + 1;
    }

}
