package dev.trustcenter.cli;

import java.util.Map;

/** Whether output may be coloured: only on a terminal, and never when NO_COLOR is set (no-color.org). */
final class Terminal {

    private Terminal() {
    }

    static boolean colour(Map<String, String> env) {
        String noColour = env.get("NO_COLOR");
        return System.console() != null && (noColour == null || noColour.isEmpty());
    }
}
