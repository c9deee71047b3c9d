package org.careergraph.hr;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careergraph.vocabulary.Track;
import org.careergraph.web.CsvTable;

/**
 * Writes HR's tables as the same CSV files the import reads, every column in header
 * order, with the one CSV writer.
 */
final class HrCsvWriter {

    private HrCsvWriter() {
    }

    static String write(HrFile kind, HrTables tables) {
        List<Map<String, Object>> rows = new ArrayList<>();
        switch (kind) {
            case CLASSES -> tables.classes()
                .forEach(c -> rows.add(row("id", c.id(), "title", c.title(), "agency", c.agency(), "agencyName",
                        c.agencyName(), "family", c.family(), "familySummary", c.familySummary(), "grades",
                        list(c.grades()), "tracks", list(c.tracks().stream().map(Track::label).toList()), "functions",
                        list(c.functions()), "code", c.code(), "education",
                        c.education() == null ? null : c.education().key(), "years", c.years(), "requirements",
                        c.requirements(), "summary", c.summary(), "level", c.level(), "origin", c.origin(),
                        "sourceFile", c.sourceFile(), "sourceLine", c.sourceLine())));
            case MOVES -> tables.moves()
                .forEach(m -> rows.add(row("type", m.type().name(), "from", m.from(), "to", m.to(), "basis", m.basis(),
                        "sharedGrades", list(m.sharedGrades()), "confidence", m.confidence(), "origin", m.origin(),
                        "sourceFile", m.sourceFile(), "sourceLine", m.sourceLine())));
            case HEADCOUNTS ->
                tables.headcounts()
                    .forEach(h -> rows.add(row("class", h.classId(), "incumbents", h.incumbents(), "authorized",
                            h.authorized(), "vacancies", h.vacancies(), "sourceFile", h.sourceFile(), "sourceLine",
                            h.sourceLine())));
            case HISTORY -> tables.history()
                .forEach(h -> rows.add(row("year", h.year(), "from", h.from(), "to", h.to(), "people", h.people(),
                        "sourceFile", h.sourceFile(), "sourceLine", h.sourceLine())));
        }
        StringWriter text = new StringWriter();
        try {
            CsvTable.write(kind.columns(),
                    rows.stream().map(row -> kind.columns().stream().map(row::get).toList()).toList(), text);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Column name, value, column name, value, …; null values are written as empty cells.
     */
    private static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? null : String.join(";", items);
    }

}
