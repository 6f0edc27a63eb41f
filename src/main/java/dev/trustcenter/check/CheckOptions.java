package dev.trustcenter.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to check.
 *
 * @param repoDir     a folder inside the repository, or a plain folder
 * @param contentPath the content folder relative to the repository root
 * @param ref         the commit to check; null checks the working tree (what the writer is editing)
 * @param today       the date review deadlines are measured against
 */
public record CheckOptions(Path repoDir, String contentPath, String ref, LocalDate today) {

    public CheckOptions {
        Objects.requireNonNull(repoDir, "repoDir");
        Objects.requireNonNull(contentPath, "contentPath");
        Objects.requireNonNull(today, "today");
    }
}
