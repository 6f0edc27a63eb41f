package dev.trustcenter.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Reads files from disk by the {@code "worktree:" + contentPath} ids it handed out. Thread-safe. */
final class FileBlobSource implements BlobSource {

    static final String PREFIX = "worktree:";

    private final Map<String, Path> files;

    /** @param files blob id → file */
    FileBlobSource(Map<String, Path> files) {
        this.files = Map.copyOf(files);
    }

    static String idFor(String contentPath) {
        return PREFIX + contentPath;
    }

    @Override
    public byte[] read(String blobId) {
        Path file = files.get(blobId);
        if (file == null) {
            throw new IllegalArgumentException("not a file of this working tree: '" + blobId + "'");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
