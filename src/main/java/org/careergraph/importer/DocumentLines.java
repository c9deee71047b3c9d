package org.careergraph.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The non-blank lines of a document with their original line numbers, cleaned of light markup. */
final class DocumentLines {

    /** A non-blank line and where it stands in the file (1-based). */
    record Line(int number, String text) {
    }

    private static final Pattern MARKUP = Pattern.compile("</?u>|\\*|\\[HERE]\\(#\\)");

    private final String file;
    private final List<Line> lines;

    private DocumentLines(String file, List<Line> lines) {
        this.file = file;
        this.lines = lines;
    }

    static DocumentLines of(String file, String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String cleaned = MARKUP.matcher(raw[i].replace('\u00a0', ' ')).replaceAll("").strip();
            if (!cleaned.isEmpty()) {
                lines.add(new Line(i + 1, cleaned.replaceAll("\\s+", " ")));
            }
        }
        return new DocumentLines(file, lines);
    }

    String file() {
        return file;
    }

    List<Line> all() {
        return lines;
    }

    DocumentLines without(Predicate<String> unwanted) {
        return new DocumentLines(file, lines.stream().filter(l -> !unwanted.test(l.text())).toList());
    }

    /** Index of the first line at or after {@code from} whose text matches, or -1. */
    int indexOf(Predicate<String> test, int from) {
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            if (test.test(lines.get(i).text())) {
                return i;
            }
        }
        return -1;
    }

    Line get(int index) {
        return lines.get(index);
    }

    int size() {
        return lines.size();
    }

    /** Lines in [from, to) joined into running text; a line that ends mid-sentence continues the previous one. */
    String join(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            String line = lines.get(i).text();
            if (!text.isEmpty()) {
                text.append(endsSentence(text) ? "\n" : " ");
            }
            text.append(line);
        }
        return text.toString();
    }

    private static boolean endsSentence(CharSequence text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == ')' || last == ':' || last == '!' || last == '?';
    }

    SpecParseException error(int index, String reason) {
        int line = index >= 0 && index < lines.size() ? lines.get(index).number() : 1;
        return new SpecParseException(file, line, reason);
    }
}
