package dev.trustcenter.history;

import java.util.List;
import java.util.Objects;

/**
 * The files under the content folder that differ between two versions, renames paired up, as a
 * pull request shows them.
 *
 * @param contentRoot repository-relative content folder, {@code ""} for the root
 * @param fromCommit  full hash of the older side (the merge base of a range)
 * @param fromTip     full hash the older ref points at: {@code fromCommit} unless the ref moved on
 *                    since the newer side branched off
 * @param toCommit    full hash of the newer side; null for the working tree
 * @param changes     sorted by {@link FileChange#path()}
 * @param blobs       reads every blob id in {@code changes}; close it (or this record) when done
 */
public record TreeComparison(String contentRoot, String fromCommit, String fromTip, String toCommit,
                             List<FileChange> changes, BlobSource blobs) implements AutoCloseable {

    public TreeComparison {
        Objects.requireNonNull(contentRoot, "contentRoot");
        Objects.requireNonNull(fromCommit, "fromCommit");
        Objects.requireNonNull(fromTip, "fromTip");
        changes = List.copyOf(changes);
        Objects.requireNonNull(blobs, "blobs");
    }

    /** The repository-relative path of a content path, as messages print it. */
    public String repoPath(String contentPath) {
        return ContentPaths.toRepo(contentRoot, contentPath);
    }

    @Override
    public void close() {
        blobs.close();
    }
}
