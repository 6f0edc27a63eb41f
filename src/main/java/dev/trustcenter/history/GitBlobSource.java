package dev.trustcenter.history;

import dev.trustcenter.diag.UserException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Reads blobs from the object database with one {@link ObjectReader} per thread: a reader is not
 * thread-safe, and keeping it (rather than one per call) keeps its cache of delta bases, which makes
 * reading many versions of the same file from a pack several times faster.
 */
final class GitBlobSource implements BlobSource {

    private final Repository repo;
    private final Queue<ObjectReader> opened = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<ObjectReader> readers;
    private volatile boolean closed;

    GitBlobSource(Repository repo) {
        this.repo = repo;
        this.readers = ThreadLocal.withInitial(() -> {
            ObjectReader reader = repo.newObjectReader();
            opened.add(reader);
            return reader;
        });
    }

    @Override
    public byte[] read(String blobId) {
        if (blobId == null || !ObjectId.isId(blobId)) {
            throw new IllegalArgumentException("not a git blob id: '" + blobId + "'");
        }
        if (closed) {
            throw new IllegalStateException("blob source already closed");
        }
        try {
            return readers.get().open(ObjectId.fromString(blobId), Constants.OBJ_BLOB).getBytes(Integer.MAX_VALUE);
        } catch (MissingObjectException e) {
            throw new UserException("blob " + blobId + " is missing from the repository at " + repo.getDirectory()
                    + "; clone it again with full history", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read blob " + blobId + " from " + repo.getDirectory(), e);
        }
    }

    /** Closes the readers and the repository; call it once no thread reads any more. */
    @Override
    public void close() {
        closed = true;
        opened.forEach(ObjectReader::close);
        opened.clear();
        repo.close();
    }
}
