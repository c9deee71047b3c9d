package org.careergraph.hr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.careergraph.importer.CsvReader;
import org.careergraph.importer.CsvRow;
import org.careergraph.importer.ImportProblem;
import org.careergraph.importer.ImportProgress;

/**
 * HR's data as tables: a null table is one that was not given, and keeps what the graph
 * holds.
 */
record HrTables(List<ClassRow> classes, List<MoveRow> moves, List<HeadcountRow> headcounts, List<HistoryRow> history) {

    /** Parses the given files; every problem found goes to {@code errors}. */
    static HrTables parse(Map<HrFile, HrUpload> files, List<ImportProblem> errors, ImportProgress progress) {
        return new HrTables(read(files.get(HrFile.CLASSES), ClassRow::read, errors, progress),
                read(files.get(HrFile.MOVES), MoveRow::read, errors, progress),
                read(files.get(HrFile.HEADCOUNTS), HeadcountRow::read, errors, progress),
                read(files.get(HrFile.HISTORY), HistoryRow::read, errors, progress));
    }

    private static <T> List<T> read(HrUpload file, Function<CsvRow, T> reader, List<ImportProblem> errors,
            ImportProgress progress) {
        if (file == null) {
            return null;
        }
        progress.phase("reading " + file.fileName(), file.text().length());
        List<T> rows = CsvReader.read(file.kind(), file.fileName(), file.text(), reader, errors, progress::advance);
        progress.done();
        return rows;
    }

    /** These tables where given, else the ones the graph holds now. */
    HrTables orElse(HrTables current) {
        return new HrTables(classes != null ? classes : current.classes(), moves != null ? moves : current.moves(),
                headcounts != null ? headcounts : current.headcounts(), history != null ? history : current.history());
    }

    boolean structureGiven() {
        return classes != null || moves != null;
    }

    List<String> given() {
        List<String> given = new ArrayList<>();
        if (classes != null) {
            given.add(HrFile.CLASSES.fileName());
        }
        if (moves != null) {
            given.add(HrFile.MOVES.fileName());
        }
        if (headcounts != null) {
            given.add(HrFile.HEADCOUNTS.fileName());
        }
        if (history != null) {
            given.add(HrFile.HISTORY.fileName());
        }
        return given;
    }
}
