package dev.trustcenter.history;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What to compare, as a pull request does: {@code from..to} compares the merge base of the two
 * with {@code to}; with {@code workingTree}, {@code to} is ignored and the files on disk are
 * compared with {@code from}.
 *
 * @param repoDir     the repository's work tree or any folder inside it
 * @param contentPath the content folder relative to the repository root, normalised like
 *                    {@link HistoryRequest#contentPath()}
 * @param from        branch, tag or commit of the older side
 * @param to          branch, tag or commit of the newer side; unused with {@code workingTree}
 * @param tracked     which content-relative paths to compare; {@code null} means every file
 */
public record ComparisonRequest(Path repoDir, String contentPath, String from, String to, boolean workingTree,
                                Predicate<String> tracked) {

    public ComparisonRequest {
        repoDir = (repoDir == null ? Path.of("") : repoDir).toAbsolutePath().normalize();
        contentPath = ContentPaths.normalize(contentPath);
        Objects.requireNonNull(from, "from");
        if (!workingTree) {
            Objects.requireNonNull(to, "to");
        }
        tracked = tracked == null ? path -> true : tracked;
    }
}
