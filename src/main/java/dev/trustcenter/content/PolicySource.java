package dev.trustcenter.content;

import java.util.Objects;

/**
 * One policy file as read from one version: its path (repository-relative, as errors print it),
 * front matter, Markdown body and the 1-based line on which the body starts in the file.
 * {@code frontMatter.title()} is always set: parsing falls back to the first heading or the file name.
 */
public record PolicySource(String path, FrontMatter frontMatter, String markdown, int bodyLine) {

    public PolicySource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(markdown, "markdown");
    }

    public String title() {
        return frontMatter.title();
    }
}
