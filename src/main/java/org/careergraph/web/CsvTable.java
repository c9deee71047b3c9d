package org.careergraph.web;

import java.util.List;

/**
 * An answer that also reads naturally as one spreadsheet table; served as {@code text/csv} when a client asks
 * with {@code Accept: text/csv} or {@code ?format=csv}, as JSON otherwise.
 */
public interface CsvTable {

    /** The file name a spreadsheet saves the table as, e.g. {@code feeders.csv}. */
    String csvFileName();

    List<String> csvHeader();

    /** One list of cells per row, in header order; null cells are written empty. */
    List<List<Object>> csvRows();
}
