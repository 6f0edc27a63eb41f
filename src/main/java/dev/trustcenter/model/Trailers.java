package dev.trustcenter.model;

import java.util.Locale;

/** Reads git trailers ({@code Approved-by: …}, {@code Change-Type: …}) from a commit message. */
final class Trailers {

    private Trailers() {
    }

    /** The last value of {@code key} in the message's final paragraph, or null. */
    static String value(String message, String key) {
        if (message == null) {
            return null;
        }
        String[] paragraphs = message.strip().split("\\R\\s*\\R");
        if (paragraphs.length < 2) {
            return null;
        }
        String found = null;
        String prefix = key.toLowerCase(Locale.ROOT) + ":";
        for (String line : paragraphs[paragraphs.length - 1].split("\\R")) {
            if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                found = line.substring(prefix.length()).trim();
            }
        }
        return found == null || found.isEmpty() ? null : found;
    }

    /** {@code Dana Reviewer <dana@example.com>} → {@code Dana Reviewer}. */
    static String personName(String value) {
        int lt = value.indexOf('<');
        return lt > 0 ? value.substring(0, lt).trim() : value.trim();
    }
}
