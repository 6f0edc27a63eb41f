package dev.trustcenter.history;

import java.util.Objects;

/**
 * One file as it is at the built commit, or on disk for {@link HistoryReader#workingTree}.
 *
 * @param contentPath path relative to the content folder, forward slashes (the repository path is
 *                    {@link RepositoryHistory#contentRoot()} + "/" + this)
 * @param blobId      key for {@link BlobSource#read(String)}
 */
public record SnapshotFile(String contentPath, String blobId) {

    public SnapshotFile {
        Objects.requireNonNull(contentPath, "contentPath");
        Objects.requireNonNull(blobId, "blobId");
    }
}
