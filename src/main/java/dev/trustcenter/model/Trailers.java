package dev.trustcenter.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads git trailers ({@code Approved-by: …}, {@code Change-Type: …}) from a commit message. */
final class Trailers {

    private Trailers() {
    }

    /** The last value of {@code key} in the message's final paragraph, or null. */
    static String value(String message, String key) {
        List<String> found = values(message, key);
        return found.isEmpty() ? null : found.get(found.size() - 1);
    }

    /** Every non-empty value of {@code key} in the message's final paragraph, in order. */
    static List<String> values(String message, String key) {
        if (message == null) {
            return List.of();
        }
        String[] paragraphs = message.strip().split("\\R\\s*\\R");
        if (paragraphs.length < 2) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        String prefix = key.toLowerCase(Locale.ROOT) + ":";
        for (String line : paragraphs[paragraphs.length - 1].split("\\R")) {
            String value = line.toLowerCase(Locale.ROOT).startsWith(prefix) ? line.substring(prefix.length()).trim() : "";
            if (!value.isEmpty()) {
                found.add(value);
            }
        }
        return found;
    }

    /** Whether the message says {@code Change-Type: editorial}. */
    static boolean markedEditorial(String message) {
        return "editorial".equalsIgnoreCase(value(message, "Change-Type"));
    }

    /** {@code Dana Reviewer <dana@example.com>} → {@code Dana Reviewer}. */
    static String personName(String value) {
        int lt = value.indexOf('<');
        return lt > 0 ? value.substring(0, lt).trim() : value.trim();
    }
}
