package dev.trustcenter.history;

import java.util.List;
import java.util.Objects;

/**
 * Everything the build needs from git, read in one pass.
 *
 * @param mode               whether the content came from git or from a plain folder
 * @param builtCommit        full hash of the commit {@code ref} resolved to; {@code null} in
 *                           {@link Mode#PLAIN_FOLDER}
 * @param contentRoot        the repository-relative content folder, {@code ""} for the root
 * @param lineages           one per tracked file that ever existed, sorted by the path of its newest
 *                           revision (ties: oldest first revision first)
 * @param filesAtBuiltCommit every file under the content folder at the built commit (tracked or
 *                           not: {@code _index.md}, images), sorted by content path
 * @param uncommittedPaths   content paths that differ between the work tree and the built commit
 *                           (modified, staged, deleted, or untracked and not ignored), sorted; empty
 *                           unless {@code ref} is the commit {@code HEAD} points at
 * @param blobs              reads any blob id above; close it (or this record) when done
 */
public record RepositoryHistory(Mode mode, String builtCommit, String contentRoot, List<FileLineage> lineages,
                                List<SnapshotFile> filesAtBuiltCommit, List<String> uncommittedPaths,
                                BlobSource blobs) implements AutoCloseable {

    public enum Mode { GIT, PLAIN_FOLDER }

    public RepositoryHistory {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(contentRoot, "contentRoot");
        lineages = List.copyOf(lineages);
        filesAtBuiltCommit = List.copyOf(filesAtBuiltCommit);
        uncommittedPaths = List.copyOf(uncommittedPaths);
        Objects.requireNonNull(blobs, "blobs");
    }

    @Override
    public void close() {
        blobs.close();
    }
}
