package org.careergraph.importer;

/**
 * A document, or a line of a data file, that cannot be read: says which file, which line
 * and why.
 */
class SpecParseException extends RuntimeException {

    private final String file;

    private final int line;

    private final String reason;

    public SpecParseException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }

}
