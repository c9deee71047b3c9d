package org.careergraph.importer;

import java.util.List;
import java.util.stream.Stream;

/**
 * The documented header of a CSV file an import reads: its name, the columns it must
 * have, and the others it may.
 */
public interface CsvLayout {

    /** The file's usual name, e.g. {@code bridges.csv}. */
    String fileName();

    List<String> required();

    List<String> optional();

    /** Every column, required first, in the order an export writes them. */
    default List<String> columns() {
        return Stream.concat(required().stream(), optional().stream()).toList();
    }

}
