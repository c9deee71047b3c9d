package org.careergraph.embedded;

import java.nio.file.Path;

import org.springframework.boot.ExitCodeGenerator;

/** Another process owns the embedded store; ends a command-line run with {@link #EXIT_CODE}. */
public class DataFolderInUseException extends IllegalStateException implements ExitCodeGenerator {

    /** The exit code of a run refused because the data folder is in use, documented in the README. */
    public static final int EXIT_CODE = 4;

    private final transient Path folder;

    DataFolderInUseException(Path folder, String ownerPid) {
        super("The data folder " + folder + " is in use by another Career Graph process"
                + (ownerPid.isEmpty() ? "" : " (pid " + ownerPid + ")") + "; only one process may own an embedded store.");
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    @Override
    public int getExitCode() {
        return EXIT_CODE;
    }
}
