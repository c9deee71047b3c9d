package org.careergraph.importer;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.careergraph.vocabulary.TitleWords;
import org.careergraph.web.SpreadsheetCells;

/**
 * The cells of one CSV row, read by column name. Every reader records a bad cell as a
 * problem with file, line and column and returns null, so that one pass finds every
 * problem of a file.
 */
public final class CsvRow {

    private final CSVRecord record;

    private final String file;

    private final int line;

    private final List<ImportProblem> errors;

    CsvRow(CSVRecord record, String file, int line, List<ImportProblem> errors) {
        this.record = record;
        this.file = file;
        this.line = line;
        this.errors = errors;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /**
     * Where this row was read, for problems found later, e.g. a duplicate or an unknown
     * id.
     */
    public Location at() {
        return new Location(file, line);
    }

    /** The trimmed text, or null when the cell is empty or the column absent. */
    public String text(String column) {
        if (!record.isMapped(column)) {
            return null;
        }
        String value = SpreadsheetCells.restore(record.get(column).strip()).strip();
        return value.isEmpty() ? null : value;
    }

    public String required(String column) {
        String value = text(column);
        if (value == null) {
            error(column, "'" + column + "' is empty");
        }
        return value;
    }

    /**
     * A stable id: lower-case words joined by '-', as the document importer makes them.
     */
    public String slug(String column) {
        String value = required(column);
        if (value != null && !value.equals(TitleWords.slug(value))) {
            error(column, "'" + value + "' is not an id: use lower-case words joined by '-', e.g. '"
                    + TitleWords.slug(value) + "'");
            return null;
        }
        return value;
    }

    public Integer integer(String column, int min, int max, boolean required) {
        return number(column, required, Integer::valueOf, "a whole number", min, max);
    }

    public Double decimal(String column, double min, double max) {
        return number(column, false, Double::valueOf, "a number", min, max);
    }

    private <N extends Number & Comparable<N>> N number(String column, boolean required, Function<String, N> parse,
            String kind, double min, double max) {
        String value = required ? required(column) : text(column);
        if (value == null) {
            return null;
        }
        try {
            N number = parse.apply(value);
            if (number.doubleValue() < min || number.doubleValue() > max || Double.isNaN(number.doubleValue())) {
                error(column, "'" + value + "' is out of range: '" + column + "' must be from " + plain(min) + " to "
                        + plain(max));
                return null;
            }
            return number;
        }
        catch (NumberFormatException e) {
            error(column, "'" + value + "' is not " + kind);
            return null;
        }
    }

    /** A list written with ';' between the items, e.g. {@code 18;22;25}. */
    public List<String> list(String column) {
        String value = text(column);
        return value == null ? List.of()
                : Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public void error(String column, String reason) {
        errors.add(new ImportProblem(file, line, column, reason));
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }

}
