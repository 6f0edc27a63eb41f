package dev.trustcenter.history;

/**
 * Reads file contents by the blob ids found in {@link RawRevision#blobId()} and
 * {@link SnapshotFile#blobId()}. Thread-safe: several threads may read at once.
 * {@link #close()} releases the repository; a source that is never closed keeps it open until the
 * JVM exits, which is harmless for a one-shot build.
 */
public interface BlobSource extends AutoCloseable {

    /**
     * The full contents of the blob.
     *
     * @throws IllegalArgumentException if {@code blobId} did not come from this source's history
     * @throws dev.trustcenter.diag.UserException if the object is missing from the repository
     */
    byte[] read(String blobId);

    @Override
    default void close() {
    }
}
