package org.careergraph.hr;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.careergraph.importer.CsvLayout;

/**
 * The four CSV files HR keeps its own data in, each with its documented header. Required
 * columns come first; the export writes every column in this order, and an import accepts
 * the optional ones in any order.
 */
enum HrFile implements CsvLayout {

    CLASSES(List.of("id", "title", "agency", "family"),
            List.of("agencyName", "familySummary", "grades", "tracks", "functions", "code", "education", "years",
                    "requirements", "summary", "level", "origin", "sourceFile", "sourceLine")),
    MOVES(List.of("type", "from", "to", "basis"),
            List.of("sharedGrades", "confidence", "origin", "sourceFile", "sourceLine")),
    HEADCOUNTS(List.of("class", "incumbents", "authorized"), List.of("vacancies", "sourceFile", "sourceLine")),
    HISTORY(List.of("year", "from", "to", "people"), List.of("sourceFile", "sourceLine"));

    private final List<String> required;

    private final List<String> optional;

    HrFile(List<String> required, List<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    /** The multipart part and the stem of the file name, e.g. {@code classes}. */
    String part() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String fileName() {
        return part() + ".csv";
    }

    @Override
    public List<String> required() {
        return required;
    }

    @Override
    public List<String> optional() {
        return optional;
    }

    /**
     * The file a part name or file name stands for, e.g. {@code moves} or
     * {@code moves.csv}.
     */
    static Optional<HrFile> named(String name) {
        String stem = name.toLowerCase(Locale.ROOT).replaceFirst("\\.csv$", "");
        for (HrFile file : values()) {
            if (file.part().equals(stem)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

}
