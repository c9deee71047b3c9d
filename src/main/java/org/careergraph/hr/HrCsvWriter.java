package org.careergraph.hr;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.careergraph.importer.Track;

/** Writes HR's tables as the same CSV files the import reads, every column in header order. */
final class HrCsvWriter {

    private HrCsvWriter() {
    }

    static String write(HrFile kind, HrTables tables) {
        List<List<Object>> rows = new ArrayList<>();
        switch (kind) {
            case CLASSES -> tables.classes().forEach(c -> rows.add(Arrays.asList(c.id(), c.title(), c.agency(),
                    c.agencyName(), c.family(), c.familySummary(), list(c.grades()),
                    list(c.tracks().stream().map(Track::label).toList()), list(c.functions()), c.code(),
                    c.education() == null ? null : c.education().key(), c.years(), c.requirements(), c.summary(),
                    c.level(), c.origin(), c.sourceFile(), c.sourceLine())));
            case MOVES -> tables.moves().forEach(m -> rows.add(Arrays.asList(m.type().name(), m.from(), m.to(), m.basis(),
                    list(m.sharedGrades()), m.confidence(), m.origin(), m.sourceFile(), m.sourceLine())));
            case HEADCOUNTS -> tables.headcounts().forEach(h -> rows.add(Arrays.asList(h.classId(), h.incumbents(),
                    h.authorized(), h.vacancies(), h.sourceFile(), h.sourceLine())));
            case HISTORY -> tables.history().forEach(h -> rows.add(Arrays.asList(h.year(), h.from(), h.to(), h.people(),
                    h.sourceFile(), h.sourceLine())));
        }
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            csv.printRecord(kind.columns());
            for (List<Object> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? null : String.join(";", items);
    }
}
