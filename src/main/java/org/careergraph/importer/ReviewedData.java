package org.careergraph.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The decisions the documents leave open, kept in reviewed CSV files beside them so HR
 * can change them without a rebuild: which agency issued a document, bridges between
 * families and tracks, and which words in a title or family name mark its function (used
 * to pair cross-agency peers).
 */
record ReviewedData(List<AgencySource> agencies, List<Bridge> bridges, List<FunctionKeyword> functions) {

    public static final String AGENCIES = "agencies.csv";

    public static final String BRIDGES = "bridges.csv";

    public static final String FUNCTIONS = "functions.csv";

    /** The three files and their headers. */
    enum File implements CsvLayout {

        AGENCY_SOURCES(AGENCIES, List.of("file", "agency", "name"), List.of("note")),
        BRIDGE_MOVES(BRIDGES, List.of("from", "to", "basis"), List.of()),
        FUNCTION_KEYWORDS(FUNCTIONS, List.of("keyword", "function"), List.of());

        private final String fileName;

        private final List<String> required;

        private final List<String> optional;

        File(String fileName, List<String> required, List<String> optional) {
            this.fileName = fileName;
            this.required = required;
            this.optional = optional;
        }

        @Override
        public String fileName() {
            return fileName;
        }

        @Override
        public List<String> required() {
            return required;
        }

        @Override
        public List<String> optional() {
            return optional;
        }

    }

    /** The agency that issued a document. */
    public record AgencySource(String file, String agency, String name, int line) {
    }

    /** A promotion the documents do not state but HR has reviewed, with why it exists. */
    public record Bridge(String from, String to, String basis, int line) {
    }

    /**
     * A word or phrase that, found in a title or family name, marks the class's function.
     */
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

    /**
     * Parses the three files, any of them null (absent); every problem found goes to
     * {@code problems}.
     */
    public static ReviewedData parse(String agencies, String bridges, String functions, List<ImportProblem> problems) {
        return new ReviewedData(read(File.AGENCY_SOURCES, agencies,
                r -> new AgencySource(r.required("file"), r.slug("agency"), r.text("name"), r.line()), problems),
                read(File.BRIDGE_MOVES, bridges,
                        r -> new Bridge(r.required("from"), r.required("to"), r.required("basis"), r.line()), problems),
                read(File.FUNCTION_KEYWORDS, functions, r -> {
                    String keyword = r.required("keyword");
                    return new FunctionKeyword(keyword == null ? null : keyword.toLowerCase(Locale.ROOT),
                            r.required("function"));
                }, problems));
    }

    /**
     * Parses the three files.
     * @throws SpecParseException naming the file, line and reason of the first problem
     */
    public static ReviewedData parse(String agencies, String bridges, String functions) {
        List<ImportProblem> problems = new ArrayList<>();
        ReviewedData data = parse(agencies, bridges, functions, problems);
        if (!problems.isEmpty()) {
            throw new SpecParseException(problems.get(0).file(), problems.get(0).line(), problems.get(0).reason());
        }
        return data;
    }

    private static <T> List<T> read(File file, String text, Function<CsvRow, T> row, List<ImportProblem> problems) {
        return text == null ? List.of() : CsvReader.read(file, file.fileName(), text, row, problems, done -> {
        });
    }
}
