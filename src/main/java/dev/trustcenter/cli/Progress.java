package dev.trustcenter.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/** Shows the running build phase on a terminal; silent when piped, in CI or with --quiet. */
final class Progress {

    private Progress() {
    }

    static Consumer<String> forTerminal(PrintWriter err, boolean quiet) {
        if (quiet || System.console() == null) {
            return phase -> { };
        }
        return phase -> {
            err.print("\r\033[K" + phase + "…");
            err.flush();
        };
    }
}
