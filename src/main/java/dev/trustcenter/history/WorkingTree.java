package dev.trustcenter.history;

import java.util.List;
import java.util.Objects;

/**
 * The files under the content folder as they are on disk (git-ignored files left out), for
 * {@code check} and {@code serve}. Blob ids are {@code "worktree:" + contentPath}; the source reads
 * the file when asked, so edits made after listing are seen.
 */
public record WorkingTree(List<SnapshotFile> files, BlobSource blobs) implements AutoCloseable {

    public WorkingTree {
        files = List.copyOf(files);
        Objects.requireNonNull(blobs, "blobs");
    }

    @Override
    public void close() {
        blobs.close();
    }
}
