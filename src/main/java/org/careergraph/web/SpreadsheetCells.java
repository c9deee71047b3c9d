package org.careergraph.web;

import java.util.regex.Pattern;

/**
 * Keeps CSV cells from running as formulas when a spreadsheet opens the file (CSV
 * injection): a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return is written behind an apostrophe, which spreadsheets show as
 * text. Numbers are left alone, negative ones included, and so is text that is a plain
 * number such as {@code -0.16}: a spreadsheet reads those as values, never as formulas.
 */
public final class SpreadsheetCells {

    /**
     * Written first, it makes Excel read the file as UTF-8 (en dashes in titles stay en
     * dashes).
     */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private SpreadsheetCells() {
    }

    /**
     * The cell as it is safe to write: text that would start a formula behind an
     * apostrophe, anything else as is.
     */
    public static Object neutralize(Object cell) {
        if (cell instanceof CharSequence text && needsApostrophe(text.toString())) {
            return "'" + text;
        }
        return cell;
    }

    /**
     * Undoes {@link #neutralize} for a cell read back from an exported file, so an export
     * imports unchanged.
     */
    public static String restore(String text) {
        if (text != null && text.startsWith("'") && needsApostrophe(text.substring(1))) {
            return text.substring(1);
        }
        return text;
    }

    /**
     * A formula, or text that already starts with apostrophes before a formula (so that
     * it reads back as it was).
     */
    private static boolean needsApostrophe(String text) {
        return startsFormula(text) || text.startsWith("'") && needsApostrophe(text.substring(1));
    }

    private static boolean startsFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return trigger && !PLAIN_NUMBER.matcher(text).matches();
    }

}
