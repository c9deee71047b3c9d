package org.careergraph.readme;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Compares what a command printed with the output the README shows under it. JSON is
 * compared as JSON: layout is free (the README wraps long lines), but every key, its
 * order and every value must match, numbers by value. Other output is compared line by
 * line, trailing spaces and blank lines at the end ignored. In the README's output,
 * {@code …} marks what legitimately varies or is left out: a whole value
 * ({@code "millis":…}, {@code {…}}), part of a string or line ({@code "/…/seeds"}), or,
 * on a line of its own in text, any number of lines.
 */
final class ExampleOutput {

    static final String ANY = "…";

    private static final ObjectMapper JSON = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();

    private ExampleOutput() {
    }

    /**
     * Empty when {@code actual} is what {@code shown} shows, else the first difference.
     */
    static Optional<String> difference(String shown, String actual) {
        Optional<List<JsonNode>> expectedValues = values(lenient(shown));
        if (expectedValues.isPresent() && !shown.isBlank()) {
            Optional<List<JsonNode>> actualValues = values(actual);
            if (actualValues.isEmpty()) {
                return Optional.of("the README shows JSON, the command printed something else");
            }
            List<JsonNode> e = expectedValues.get();
            List<JsonNode> a = actualValues.get();
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
                Optional<String> d = difference("value " + (i + 1) + " at ", e.get(i), a.get(i));
                if (d.isPresent()) {
                    return d;
                }
            }
            return e.size() == a.size() ? Optional.empty()
                    : Optional.of("the README shows " + e.size() + " JSON values, the command printed " + a.size());
        }
        return textDifference(shown, actual);
    }

    private static Optional<String> difference(String path, JsonNode expected, JsonNode actual) {
        if (expected.isTextual() && expected.textValue().equals(ANY)) {
            return Optional.empty();
        }
        if (expected.isTextual() && expected.textValue().contains(ANY) && actual.isTextual()) {
            return pattern(expected.textValue(), "[\\s\\S]*").matcher(actual.textValue()).matches() ? Optional.empty()
                    : Optional.of(at(path, expected, actual));
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? Optional.empty()
                    : Optional.of(at(path, expected, actual));
        }
        if (expected.isObject() && actual.isObject()) {
            List<String> expectedKeys = keys(expected.fieldNames());
            List<String> actualKeys = keys(actual.fieldNames());
            if (!expectedKeys.equals(actualKeys)) {
                return Optional.of("in " + path + ": the README shows the fields " + expectedKeys + ", the app gave "
                        + actualKeys);
            }
            for (String key : expectedKeys) {
                Optional<String> d = difference(path + "." + key, expected.get(key), actual.get(key));
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        if (expected.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                Optional<String> d = difference(path + "[" + i + "]", expected.get(i), actual.get(i));
                if (d.isPresent()) {
                    return d;
                }
            }
            return expected.size() == actual.size() ? Optional.empty() : Optional.of("in " + path
                    + ": the README shows " + expected.size() + " elements, the app gave " + actual.size());
        }
        return expected.equals(actual) ? Optional.empty() : Optional.of(at(path, expected, actual));
    }

    private static String at(String path, JsonNode expected, JsonNode actual) {
        return "in " + path + ": the README shows " + expected + ", the app gave " + actual;
    }

    private static Optional<String> textDifference(String shown, String actual) {
        List<String> expected = shown.lines().map(String::stripTrailing).toList();
        StringBuilder regex = new StringBuilder();
        for (String line : expected) {
            regex.append(line.equals(ANY) ? "(?:[^\\n]*\\n)*?" : pattern(line, "[^\\n]*?").pattern() + "\\n");
        }
        String printed = actual.stripTrailing().lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + "\n");
        if (Pattern.compile(regex.toString()).matcher(printed).matches()) {
            return Optional.empty();
        }
        List<String> lines = printed.lines().toList();
        for (int i = 0; i < Math.min(expected.size(), lines.size()); i++) {
            if (expected.get(i).equals(ANY)) {
                return Optional.of("the lines after line " + i + " of the output differ");
            }
            if (!pattern(expected.get(i), "[^\\n]*?").matcher(lines.get(i)).matches()) {
                return Optional.of("line " + (i + 1) + ": the README shows '" + expected.get(i) + "', the app printed '"
                        + lines.get(i) + "'");
            }
        }
        return Optional.of("the README shows " + expected.size() + " lines, the app printed " + lines.size());
    }

    /** The text as a regular expression, each … standing for {@code any}. */
    private static Pattern pattern(String text, String any) {
        List<String> parts = List.of(text.split(ANY, -1));
        return Pattern.compile(String.join(any, parts.stream().map(p -> p.isEmpty() ? "" : Pattern.quote(p)).toList()));
    }

    /**
     * Turns the README's {…}, […] and bare … (outside strings) into the string "…", so
     * that the output parses.
     */
    static String lenient(String shown) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < shown.length()) {
                    out.append(shown.charAt(++i));
                }
                else if (c == '"') {
                    inString = false;
                }
            }
            else if (shown.startsWith("{" + ANY + "}", i) || shown.startsWith("[" + ANY + "]", i)) {
                out.append('"').append(ANY).append('"');
                i += 2;
            }
            else if (c == ANY.charAt(0)) {
                out.append('"').append(ANY).append('"');
            }
            else {
                out.append(c);
                inString = c == '"';
            }
        }
        return out.toString();
    }

    /**
     * The JSON values the text holds, one after another, or empty when it is not JSON.
     */
    private static Optional<List<JsonNode>> values(String text) {
        try (var parser = JSON.createParser(text)) {
            List<JsonNode> values = new ArrayList<>();
            Iterator<JsonNode> it = JSON.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                values.add(it.next());
            }
            return Optional.of(values);
        }
        catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<String> keys(Iterator<String> names) {
        List<String> keys = new ArrayList<>();
        names.forEachRemaining(keys::add);
        return keys;
    }

}
