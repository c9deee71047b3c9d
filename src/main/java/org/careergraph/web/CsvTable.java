package org.careergraph.web;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An answer that also reads naturally as one spreadsheet table; served as
 * {@code text/csv} when a client asks with {@code Accept: text/csv} or
 * {@code ?format=csv}, as JSON otherwise.
 */
public interface CsvTable {

    /** The file name a spreadsheet saves the table as, e.g. {@code feeders.csv}. */
    String csvFileName();

    List<String> csvHeader();

    /** One list of cells per row, in header order; null cells are written empty. */
    List<List<Object>> csvRows();

    /** Writes this table as RFC 4180 CSV. */
    default void writeTo(Appendable out) throws IOException {
        write(csvHeader(), csvRows(), out);
    }

    /**
     * The one CSV writer: a header and rows as RFC 4180 CSV, null cells empty, cells that
     * a spreadsheet would run as formulas neutralized ({@link SpreadsheetCells}). Answers
     * use it, and so do HR's exports, which the import then reads back unchanged.
     */
    static void write(List<String> header, List<? extends List<?>> rows, Appendable out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(header);
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(SpreadsheetCells::neutralize).toList());
            }
        }
    }

}
