package dev.trustcenter.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/** Shows the running build phase on a terminal; silent when piped, in CI or with --quiet. */
final class Progress {

    private static final String CLEAR_LINE = "\r\033[K";

    private Progress() {
    }

    static Consumer<String> forTerminal(PrintWriter err, boolean quiet) {
        if (quiet || System.console() == null) {
            return phase -> { };
        }
        return phase -> {
            err.print(CLEAR_LINE + phase + "…");
            err.flush();
        };
    }

    /** Removes the progress line before the summary is printed. */
    static void finish(PrintWriter err, boolean quiet) {
        if (!quiet && System.console() != null) {
            err.print(CLEAR_LINE);
            err.flush();
        }
    }
}
