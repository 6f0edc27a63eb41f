package dev.trustcenter.content;

import java.util.Locale;

/** Front matter {@code status}: drafts are never published; retired policies stay in history. */
public enum PolicyStatus {
    PUBLISHED, DRAFT, RETIRED;

    /** Returns null for an unknown word so the caller can report it with a line. */
    public static PolicyStatus parse(Object value) {
        return switch (String.valueOf(value).trim().toLowerCase(Locale.ROOT)) {
            case "published", "active", "current" -> PUBLISHED;
            case "draft" -> DRAFT;
            case "retired", "archived" -> RETIRED;
            default -> null;
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
