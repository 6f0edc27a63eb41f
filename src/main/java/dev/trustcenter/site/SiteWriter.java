package dev.trustcenter.site;

import dev.trustcenter.diag.UserException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the site into a fresh folder beside the output folder and swaps it in on {@link #commit};
 * {@link #abort} removes it, leaving the previous site exactly as it was. Thread-safe writes;
 * two files claiming the same path are an error (a policy slug colliding with a page).
 */
final class SiteWriter implements SiteOutput, AutoCloseable {

    private final Path out;
    private final Path staging;
    private final PathClaims claims = new PathClaims();
    private final java.util.Set<Path> folders = ConcurrentHashMap.newKeySet();
    private boolean committed;

    SiteWriter(Path out) {
        this.out = out.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.out.getParent());
            this.staging = Files.createTempDirectory(this.out.getParent(), "." + this.out.getFileName() + ".building-");
        } catch (IOException e) {
            throw new UserException("cannot create the output folder next to " + out + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(OutputFile file, String owner) {
        claims.claim(file.sitePath(), owner);
        try {
            Path target = staging.resolve(file.sitePath()).normalize();
            if (!target.startsWith(staging)) {
                throw new UserException("refusing to write outside the site: " + file.sitePath());
            }
            createFolders(target.getParent());
            Files.write(target, file.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each page sits in its own folder: remembering the made ones saves a system call per level. */
    private void createFolders(Path folder) throws IOException {
        if (folders.contains(folder)) {
            return;
        }
        if (!folder.equals(staging)) {
            createFolders(folder.getParent());
        }
        try {
            Files.createDirectory(folder);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // made by another thread, or the staging folder itself
        }
        folders.add(folder);
    }

    int fileCount() {
        return claims.size();
    }

    void commit() {
        try {
            Path old = null;
            if (Files.exists(out)) {
                old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
                Files.delete(old);
                Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UserException("cannot replace " + out + ": " + e.getMessage(), e);
        }
    }

    /** Removes the staging folder unless the site was committed. */
    @Override
    public void close() {
        if (!committed) {
            deleteTree(staging);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
