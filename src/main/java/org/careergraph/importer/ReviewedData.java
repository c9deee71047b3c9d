package org.careergraph.importer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.careergraph.vocabulary.TitleWords;

/**
 * The decisions the documents leave open, kept in reviewed CSV files beside them so HR can change them
 * without a rebuild: which agency issued a document, bridges between families and tracks, and which
 * words in a title or family name mark its function (used to pair cross-agency peers).
 */
public record ReviewedData(List<AgencySource> agencies, List<Bridge> bridges, List<FunctionKeyword> functions) {

    public static final String AGENCIES = "agencies.csv";
    public static final String BRIDGES = "bridges.csv";
    public static final String FUNCTIONS = "functions.csv";

    /** The agency that issued a document. */
    public record AgencySource(String file, String agency, String name, int line) {
    }

    /** A promotion the documents do not state but HR has reviewed, with why it exists. */
    public record Bridge(String from, String to, String basis, int line) {
    }

    /** A word or phrase that, found in a title or family name, marks the class's function. */
    public record FunctionKeyword(String keyword, String function) {
    }

    public ReviewedData {
        agencies = List.copyOf(agencies);
        bridges = List.copyOf(bridges);
        functions = List.copyOf(functions);
    }

    public static ReviewedData empty() {
        return new ReviewedData(List.of(), List.of(), List.of());
    }

    /** Parses the three files; any of them may be null (absent). */
    public static ReviewedData parse(String agencies, String bridges, String functions) {
        return new ReviewedData(
                read(AGENCIES, agencies, List.of("file", "agency", "name"),
                        r -> new AgencySource(r.get("file"), slugOrFail(AGENCIES, r), r.get("name").strip(),
                                (int) r.getRecordNumber() + 1)),
                read(BRIDGES, bridges, List.of("from", "to", "basis"),
                        r -> new Bridge(r.get("from").strip(), r.get("to").strip(), required(BRIDGES, r, "basis"),
                                (int) r.getRecordNumber() + 1)),
                read(FUNCTIONS, functions, List.of("keyword", "function"),
                        r -> new FunctionKeyword(r.get("keyword").strip().toLowerCase(), required(FUNCTIONS, r, "function"))));
    }

    private static <T> List<T> read(String file, String text, List<String> columns, Function<CSVRecord, T> row) {
        if (text == null) {
            return List.of();
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<T> rows = new ArrayList<>();
        try (var parser = format.parse(new StringReader(text))) {
            for (String column : columns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new SpecParseException(file, 1, "missing column '" + column + "'; the header must name "
                            + String.join(", ", columns));
                }
            }
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw new SpecParseException(file, (int) record.getRecordNumber() + 1, "expected "
                            + parser.getHeaderNames().size() + " fields, found " + record.size());
                }
                rows.add(row.apply(record));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new SpecParseException(file, 1, "not a readable CSV file: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new SpecParseException(file, 1, "not a readable CSV file: " + e.getCause().getMessage());
        }
        return rows;
    }

    private static String required(String file, CSVRecord record, String column) {
        String value = record.get(column).strip();
        if (value.isEmpty()) {
            throw new SpecParseException(file, (int) record.getRecordNumber() + 1, "'" + column + "' is empty");
        }
        return value;
    }

    private static String slugOrFail(String file, CSVRecord record) {
        String agency = required(file, record, "agency");
        if (!agency.equals(TitleWords.slug(agency))) {
            throw new SpecParseException(file, (int) record.getRecordNumber() + 1,
                    "agency code '" + agency + "' must be lower-case words joined by '-', e.g. '" + TitleWords.slug(agency) + "'");
        }
        return agency;
    }
}
