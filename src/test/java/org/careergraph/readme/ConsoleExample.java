package org.careergraph.readme;

import java.util.ArrayList;
import java.util.List;

/**
 * One console example of the README: the command after {@code $ } (with its continuation
 * lines) and the output shown below it, up to the next command or the end of the block.
 *
 * @param line the README line the command starts on
 * @param section the heading the example sits under
 * @param notRun why the build cannot run it (a second server, a database that stops), or
 * null
 */
record ConsoleExample(int line, String section, String command, String output, String notRun) {

    /**
     * Put on the line before a {@code ```console} block whose examples the build cannot
     * run, with the reason.
     */
    static final String NOT_RUN = "<!-- not run by the build: ";

    /** Every example of every {@code ```console} block, in README order. */
    static List<ConsoleExample> in(List<String> readme) {
        List<ConsoleExample> examples = new ArrayList<>();
        String section = "";
        String fence = null;
        String notRun = null;
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            if (line.startsWith("```")) {
                notRun = fence == null && i > 0 && readme.get(i - 1).startsWith(NOT_RUN)
                        ? readme.get(i - 1).substring(NOT_RUN.length()).replace("-->", "").strip() : null;
                fence = fence == null ? line.substring(3).strip() : null;
            }
            else if (fence == null && line.startsWith("#")) {
                section = line.replaceFirst("^#+\\s*", "");
            }
            else if ("console".equals(fence) && line.startsWith("$ ")) {
                int start = i;
                StringBuilder command = new StringBuilder(line.substring(2));
                while (unfinished(command) && i + 1 < readme.size() && !readme.get(i + 1).startsWith("```")) {
                    command.append('\n').append(readme.get(++i));
                }
                List<String> output = new ArrayList<>();
                while (i + 1 < readme.size() && !readme.get(i + 1).startsWith("$ ")
                        && !readme.get(i + 1).startsWith("```")) {
                    output.add(readme.get(++i));
                }
                while (!output.isEmpty() && output.get(output.size() - 1).isBlank()) {
                    output.remove(output.size() - 1);
                }
                examples
                    .add(new ConsoleExample(start + 1, section, command.toString(), String.join("\n", output), notRun));
            }
        }
        return examples;
    }

    /**
     * Lines that look like a console example ({@code $ } first) outside a console block:
     * they would go unchecked.
     */
    static List<String> outsideConsoleBlocks(List<String> readme) {
        List<String> stray = new ArrayList<>();
        String fence = null;
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            if (line.startsWith("```")) {
                fence = fence == null ? line.substring(3).strip() : null;
            }
            else if (fence != null && !"console".equals(fence) && line.startsWith("$ ")) {
                stray.add("README.md:" + (i + 1) + " (```" + fence + "): " + line);
            }
        }
        return stray;
    }

    /** An open quote or a trailing backslash: the command goes on on the next line. */
    private static boolean unfinished(CharSequence command) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\\' && !single) {
                i++;
            }
            else if (c == '\'' && !dbl) {
                single = !single;
            }
            else if (c == '"' && !single) {
                dbl = !dbl;
            }
        }
        return single || dbl || command.toString().endsWith("\\");
    }

    @Override
    public String toString() {
        String first = command.lines().findFirst().orElse("");
        return "README.md:" + line + " " + (first.length() > 110 ? first.substring(0, 110) + "…" : first);
    }
}
