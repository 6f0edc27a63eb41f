package dev.trustcenter.history;

import java.util.Objects;

/**
 * One file that differs between the two sides of a {@link TreeComparison}.
 *
 * @param kind        what happened to it
 * @param oldPath     content-relative path on the older side; null when added
 * @param newPath     content-relative path on the newer side; null when deleted
 * @param oldBlobId   key for {@link TreeComparison#blobs()}; null when added
 * @param newBlobId   key for {@link TreeComparison#blobs()}; null when deleted
 */
public record FileChange(Kind kind, String oldPath, String newPath, String oldBlobId, String newBlobId) {

    public enum Kind { ADDED, DELETED, MODIFIED, RENAMED }

    public FileChange {
        Objects.requireNonNull(kind, "kind");
        if ((oldPath == null) != (oldBlobId == null) || (newPath == null) != (newBlobId == null)) {
            throw new IllegalArgumentException("a side has both a path and a blob, or neither");
        }
    }

    /** The path on the newer side, or the older one for a deletion. */
    public String path() {
        return newPath != null ? newPath : oldPath;
    }
}
