package org.careergraph.hr;

import java.io.PrintStream;
import org.careergraph.importer.ImportProgress;

/**
 * A text progress bar for the command-line import: redrawn in place on a terminal, one line per tenth when the
 * output goes to a file or a pipe.
 */
class ConsoleProgress implements ImportProgress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private String phase = "";
    private long total;
    private int drawn = -1;

    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void phase(String name, long total) {
        this.phase = name;
        this.total = total;
        this.drawn = -1;
        advance(0);
    }

    @Override
    public void advance(long done) {
        int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        if (terminal ? percent != drawn : percent / 10 != drawn / 10 || drawn < 0) {
            drawn = percent;
            out.print((terminal ? "\r" : "") + bar(percent) + (terminal ? "" : System.lineSeparator()));
            out.flush();
        }
    }

    @Override
    public void done() {
        if (drawn < 100 && !terminal) {
            out.println(bar(100));
        } else if (terminal) {
            out.println("\r" + bar(100));
        }
        drawn = 100;
    }

    String bar(int percent) {
        int filled = percent * WIDTH / 100;
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent) + "  " + phase;
    }
}
