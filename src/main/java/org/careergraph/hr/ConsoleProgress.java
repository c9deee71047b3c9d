package org.careergraph.hr;

import java.io.PrintStream;
import org.careergraph.importer.ImportProgress;

/**
 * A text progress bar for the command-line import: redrawn in place on a terminal; when
 * the output goes to a file or a pipe, one line per stage, written when the stage ends,
 * so a log stays short.
 */
class ConsoleProgress implements ImportProgress {

    private static final int WIDTH = 30;

    private final PrintStream out;

    private final boolean terminal;

    private String phase = "";

    private long total;

    private int drawn = -1;

    private boolean open;

    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void phase(String name, long total) {
        if (open) {
            done();
        }
        this.phase = name;
        this.total = total;
        this.drawn = -1;
        this.open = true;
        advance(0);
    }

    @Override
    public void advance(long done) {
        int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        if (terminal && percent != drawn) {
            out.print("\r" + bar(percent));
            out.flush();
        }
        drawn = percent;
    }

    @Override
    public void done() {
        if (!open) {
            return;
        }
        out.println((terminal ? "\r" : "") + bar(100));
        out.flush();
        drawn = 100;
        open = false;
    }

    String bar(int percent) {
        int filled = percent * WIDTH / 100;
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent) + "  "
                + phase;
    }

}
