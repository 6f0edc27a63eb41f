package dev.trustcenter.markdown;

import java.util.Objects;

/**
 * A link or image as written in the Markdown source, for messages that point at it.
 *
 * @param href   the target as the renderer sees it (Markdown escapes removed)
 * @param image  an image ({@code ![alt](src)}, {@code <img src>}) rather than a link
 * @param line   1-based line in the Markdown body
 * @param column 1-based column (in characters) of the link's first character on that line
 */
public record SourceLink(String href, boolean image, int line, int column) {

    public SourceLink {
        Objects.requireNonNull(href, "href");
    }
}
