package dev.trustcenter.pdf;

import java.time.Instant;
import java.util.Objects;

/**
 * The PDF's document information.
 *
 * @param title    shown by PDF readers in the window title
 * @param subject  which version it is, e.g. {@code Review 2017-Q2, commit 0123456789ab}
 * @param created  the creation and modification date (the build's date, not the clock)
 * @param baseUri  resolves relative links in the page; null when the site has no base URL
 */
public record PdfInfo(String title, String subject, Instant created, String baseUri) {

    public PdfInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(created, "created");
    }
}
