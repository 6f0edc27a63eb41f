package dev.trustcenter.history;

import java.util.Objects;

/**
 * One version of a file: the commit that produced it and where its bytes are.
 *
 * @param commit      the commit, or {@code null} when the content folder is not in git
 *                    ({@link RepositoryHistory.Mode#PLAIN_FOLDER}); then the revision is the file on disk
 * @param path        repository-relative path at this revision, forward slashes
 * @param contentPath the same path relative to the content folder
 * @param blobId      key for {@link BlobSource#read(String)}
 * @param kind        how {@code commit} changed the file against its first parent
 */
public record RawRevision(CommitInfo commit, String path, String contentPath, String blobId, ChangeKind kind) {

    /** How a commit changed a file, compared with its first parent. */
    public enum ChangeKind {
        ADDED,
        MODIFIED,
        /** Moved from another path, possibly with edits; {@link RawRevision#path()} is the new path. */
        RENAMED,
        /** Appeared as a copy of another file; its history starts here. */
        COPIED
    }

    public RawRevision {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentPath, "contentPath");
        Objects.requireNonNull(blobId, "blobId");
        Objects.requireNonNull(kind, "kind");
    }
}
