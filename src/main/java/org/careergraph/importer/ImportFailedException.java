package org.careergraph.importer;

/** An import that was refused before it wrote anything, naming the file, the line and the reason. */
public class ImportFailedException extends RuntimeException {

    private final SpecParseException cause;

    ImportFailedException(SpecParseException cause) {
        super("Import refused, nothing was changed. " + cause.getMessage(), cause);
        this.cause = cause;
    }

    public String file() {
        return cause.file();
    }

    public int line() {
        return cause.line();
    }

    public String reason() {
        return cause.reason();
    }
}
