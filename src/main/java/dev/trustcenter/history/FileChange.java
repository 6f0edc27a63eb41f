package dev.trustcenter.history;

import java.util.List;
import java.util.Objects;

/**
 * One file that differs between the two sides of a {@link TreeComparison}.
 *
 * @param kind        what happened to it
 * @param oldPath     content-relative path on the older side; null when added
 * @param newPath     content-relative path on the newer side; null when deleted
 * @param oldBlobId   key for {@link TreeComparison#blobs()}; null when added
 * @param newBlobId   key for {@link TreeComparison#blobs()}; null when deleted
 * @param commits     the range's commits that changed the file (merges left out), for their
 *                    trailers; empty for the working tree
 */
public record FileChange(Kind kind, String oldPath, String newPath, String oldBlobId, String newBlobId,
                         List<Commit> commits) {

    /**
     * One commit's change to the file.
     *
     * @param oldBlobId the file before it, null when it added the file
     * @param newBlobId the file after it
     */
    public record Commit(String message, String oldBlobId, String newBlobId) {
    }

    public enum Kind { ADDED, DELETED, MODIFIED, RENAMED }

    public FileChange {
        Objects.requireNonNull(kind, "kind");
        commits = List.copyOf(commits);
        if ((oldPath == null) != (oldBlobId == null) || (newPath == null) != (newBlobId == null)) {
            throw new IllegalArgumentException("a side has both a path and a blob, or neither");
        }
    }

    /** The path on the newer side, or the older one for a deletion. */
    public String path() {
        return newPath != null ? newPath : oldPath;
    }
}
