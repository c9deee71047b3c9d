package org.careergraph.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The non-blank lines of a document with their original line numbers, cleaned of light
 * markup, a byte-order mark, invisible characters and the page headers and footers that
 * repeat in the middle of a class's text.
 */
final class DocumentLines {

    /** A non-blank line and where it stands in the file (1-based). */
    record Line(int number, String text) {
    }

    private static final Pattern MARKUP = Pattern.compile("</?u>|\\*|\\[HERE]\\(#\\)");

    private static final Pattern INVISIBLE = Pattern.compile("[\\ufeff\\u200b\\u200c\\u200d\\u2060\\u00ad]");

    private static final Pattern PAGE_MARK = Pattern.compile(
            "^(?:Page \\d+(?: of \\d+)?|- ?\\d+ ?-|\\d+ of \\d+|.+\\((?:cont'?d\\.?|continued)\\):?)$",
            Pattern.CASE_INSENSITIVE);

    /**
     * How many lines at the top of a document may be a page header that repeats on later
     * pages.
     */
    private static final int HEADER_LINES = 4;

    private static final Pattern SENTENCE = Pattern.compile("(?<=[a-z0-9)\\]\"'][.!?])\\s+(?=[A-Z(\"])");

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
            String visible = INVISIBLE.matcher(raw[i]).replaceAll("").replace('\u00a0', ' ');
            String cleaned = MARKUP.matcher(visible).replaceAll("").strip();
            if (!cleaned.isEmpty()) {
                lines.add(new Line(i + 1, cleaned.replaceAll("\\s+", " ")));
            }
        }
        return new DocumentLines(file, lines);
    }

    /**
     * Without page furniture: page numbers, "(cont'd)" headings, and later repeats of a
     * line that opens the document (a page header printed again on every page). Line
     * numbers stay those of the file.
     */
    DocumentLines withoutPageHeaders() {
        List<String> header = lines.stream().limit(HEADER_LINES).map(l -> SpecText.plain(l.text())).toList();
        List<Line> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = SpecText.plain(lines.get(i).text());
            boolean repeatedHeader = i >= HEADER_LINES && header.contains(text);
            if (!repeatedHeader && !PAGE_MARK.matcher(text).matches()) {
                kept.add(lines.get(i));
            }
        }
        return new DocumentLines(file, kept);
    }

    /**
     * Lines in [from, to) as paragraphs, each with the line it starts on; a line that
     * ends mid-sentence (a page break, a header in between) continues on the next one.
     */
    List<Line> paragraphs(int from, int to) {
        List<Line> paragraphs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int start = -1;
        for (int i = from; i < to; i++) {
            if (start >= 0 && endsSentence(text)) {
                paragraphs.add(new Line(start, text.toString()));
                text.setLength(0);
                start = -1;
            }
            if (start < 0) {
                start = lines.get(i).number();
            }
            else {
                text.append(' ');
            }
            text.append(lines.get(i).text());
        }
        if (start >= 0) {
            paragraphs.add(new Line(start, text.toString()));
        }
        return paragraphs;
    }

    /** The sentences of the lines in [from, to), each with the line it starts on. */
    List<Line> sentences(int from, int to) {
        List<Line> sentences = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int line = lines.get(i).number();
            for (String sentence : SENTENCE.split(lines.get(i).text())) {
                boolean continues = !sentences.isEmpty() && !endsSentence(sentences.get(sentences.size() - 1).text());
                if (continues) {
                    Line open = sentences.remove(sentences.size() - 1);
                    sentences.add(new Line(open.number(), open.text() + " " + sentence.strip()));
                }
                else if (!sentence.isBlank()) {
                    sentences.add(new Line(line, sentence.strip()));
                }
            }
        }
        return sentences;
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

    /**
     * Lines in [from, to) joined into running text; a line that ends mid-sentence
     * continues the previous one.
     */
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
        if (text.isEmpty()) {
            return true;
        }
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == ')' || last == ':' || last == '!' || last == '?';
    }

    SpecParseException error(int index, String reason) {
        int line = index >= 0 && index < lines.size() ? lines.get(index).number() : 1;
        return new SpecParseException(file, line, reason);
    }

}
