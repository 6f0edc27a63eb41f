package dev.trustcenter.site;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything a build needs from the outside world; the CLI fills it from flags and the
 * environment, tests fill it directly.
 *
 * @param repoDir      a folder inside the repository (or a plain folder)
 * @param ref          branch, tag or commit to build; null for HEAD
 * @param templatesDir the repository's templates folder; may not exist (the jar's theme is used)
 * @param baseUrl      overrides the site's {@code base_url}; null to keep it
 * @param today        the date review banners are computed against
 * @param generatedAt  the build time printed in pages and feeds
 * @param pdf          which versions get a PDF
 */
public record BuildOptions(Path repoDir, String contentPath, String ref, Path templatesDir, Path outDir,
                           String baseUrl, LocalDate today, Instant generatedAt, PdfMode pdf) {

    /** With the default PDFs: the current version of each policy. */
    public BuildOptions(Path repoDir, String contentPath, String ref, Path templatesDir, Path outDir,
                        String baseUrl, LocalDate today, Instant generatedAt) {
        this(repoDir, contentPath, ref, templatesDir, outDir, baseUrl, today, generatedAt, PdfMode.CURRENT);
    }

    public BuildOptions {
        Objects.requireNonNull(repoDir, "repoDir");
        Objects.requireNonNull(contentPath, "contentPath");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(pdf, "pdf");
    }
}
