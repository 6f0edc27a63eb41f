package dev.trustcenter.diff;

import java.util.Locale;

/** How much a revision changed the text. A commit trailer that overrides this is the caller's business. */
public enum ChangeType {
    /** The texts are identical (formatting, link targets or images may still differ). */
    NONE("no text change"),
    /** The same words in the same order, ignoring case, punctuation, whitespace and formatting. */
    EDITORIAL("editorial"),
    /** Anything else. */
    MATERIAL("material");

    private final String label;

    ChangeType(String label) {
        this.label = label;
    }

    /** For people: "no text change", "editorial", "material". */
    public String label() {
        return label;
    }

    /** For JSON: "none", "editorial", "material". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
