package dev.trustcenter.markdown;

import java.util.Objects;

/** A heading of a rendered body: level 1–6, its unique id in the body, and its plain text. */
public record Heading(int level, String id, String text) {

    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level must be 1-6, was " + level);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
