package dev.trustcenter.history;

import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * What to read.
 *
 * @param repoDir     the repository's work tree or any folder inside it; {@code null} means the
 *                    current working directory. Outside git it is the folder holding the content
 *                    folder.
 * @param ref         branch, tag or commit hash to build; {@code null} means {@code HEAD}
 * @param contentPath the content folder relative to the repository root ({@code "content"});
 *                    {@code null}, {@code ""} or {@code "."} mean the root. Normalised to forward
 *                    slashes without leading or trailing slash.
 * @param tracked     which content-relative paths get a {@link FileLineage} (for example Markdown
 *                    policies not starting with {@code _}); {@code null} means every file
 */
public record HistoryRequest(Path repoDir, String ref, String contentPath, Predicate<String> tracked) {

    public HistoryRequest {
        repoDir = (repoDir == null ? Path.of("") : repoDir).toAbsolutePath().normalize();
        contentPath = ContentPaths.normalize(contentPath);
        tracked = tracked == null ? path -> true : tracked;
    }

    /** {@code HEAD} of the repository around {@code repoDir}, every file under {@code contentPath} tracked. */
    public static HistoryRequest of(Path repoDir, String contentPath) {
        return new HistoryRequest(repoDir, null, contentPath, null);
    }

    String refOrHead() {
        return ref == null ? "HEAD" : ref;
    }
}
