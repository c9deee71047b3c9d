package org.careergraph.embedded;

import java.nio.file.Path;

/**
 * Another process owns the embedded store; the process that met it exits with
 * {@link #EXIT_CODE}.
 */
public class DataFolderInUseException extends IllegalStateException {

    /**
     * The exit code of a run refused because the data folder is in use, documented in the
     * README.
     */
    public static final int EXIT_CODE = 4;

    private final transient Path folder;

    DataFolderInUseException(Path folder, String ownerPid) {
        super("The data folder " + folder + " is in use by another Career Graph process"
                + (ownerPid.isEmpty() ? "" : " (pid " + ownerPid + ")")
                + "; only one process may own an embedded store.");
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

}
