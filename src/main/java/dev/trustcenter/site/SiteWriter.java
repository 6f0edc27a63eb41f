package dev.trustcenter.site;

import dev.trustcenter.diag.UserException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the site into a fresh folder beside the output folder and swaps it in on {@link #commit};
 * {@link #close} without a commit removes it, leaving the previous site exactly as it was.
 * Thread-safe writes; two files claiming the same path are an error (a policy slug colliding with
 * a page). Files are written by one thread of their own, so renderers go on while the disk catches
 * up; the bytes waiting for it are bounded, so a slow disk holds the renderers back instead.
 */
final class SiteWriter implements SiteOutput, AutoCloseable {

    private static final int BACKLOG_BYTES = 64 << 20;

    private final Path out;
    private final Path staging;
    private final PathClaims claims = new PathClaims();
    /** Only touched by the writer thread. */
    private final Set<Path> folders = new HashSet<>();
    private final ExecutorService disk = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "site-writer");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore backlog = new Semaphore(BACKLOG_BYTES);
    private final AtomicReference<UserException> failure = new AtomicReference<>();
    private boolean committed;

    SiteWriter(Path out) {
        this.out = out.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.out.getParent());
            removeLeftovers(this.out);
            this.staging = newFolder(this.out.getParent(), leftoverPrefix(this.out, "building") + ProcessHandle.current().pid() + "-");
        } catch (IOException | UncheckedIOException e) {
            throw new UserException("cannot create the output folder next to " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * A new folder named {@code prefix} and a number. Unlike {@link Files#createTempDirectory}, which
     * makes it private (0700), it gets the permissions the umask gives, as {@code mkdir} would: the
     * site it becomes is served, often by a web server running as another user.
     */
    private static Path newFolder(Path parent, String prefix) throws IOException {
        for (int n = 0; ; n++) {
            try {
                return Files.createDirectory(parent.resolve(prefix + n));
            } catch (FileAlreadyExistsException e) {
                // a leftover of this pid's earlier build in the same JVM (the preview), or a race
            }
        }
    }

    /** {@code .site.building-} or {@code .site.old-}, then the pid of the build that made the folder. */
    private static String leftoverPrefix(Path out, String kind) {
        return "." + out.getFileName() + "." + kind + "-";
    }

    /**
     * Removes the staging and replaced-site folders of builds that were killed before they could
     * (a 200-policy site leaves 1.7 GB). A folder is named after its build's process; while that
     * process lives, the folder may be a build in progress and is left alone.
     */
    static void removeLeftovers(Path out) throws IOException {
        Pattern leftover = Pattern.compile(Pattern.quote(leftoverPrefix(out, "building")) + "(\\d+)-.*"
                + "|" + Pattern.quote(leftoverPrefix(out, "old")) + "(\\d+)-.*");
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> beside = Files.list(out.getParent())) {
            beside.forEach(p -> {
                Matcher m = leftover.matcher(p.getFileName().toString());
                if (m.matches() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    long pid = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
                    if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty()) {
                        stale.add(p);
                    }
                }
            });
        }
        stale.forEach(SiteWriter::deleteTree);
    }

    @Override
    public void write(OutputFile file, String owner) {
        claims.claim(file.sitePath(), owner);
        Path target = staging.resolve(file.sitePath()).normalize();
        if (!target.startsWith(staging)) {
            throw new UserException("refusing to write outside the site: " + file.sitePath());
        }
        rethrowFailure();
        int size = Math.min(file.content().length, BACKLOG_BYTES);
        backlog.acquireUninterruptibly(size);
        disk.execute(() -> {
            try {
                if (failure.get() == null) {
                    createFolders(target.getParent());
                    Files.write(target, file.content());
                }
            } catch (IOException e) {
                failure.compareAndSet(null, new UserException("cannot write " + out.resolve(file.sitePath()) + ": "
                        + (e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.toString()), e));
            } finally {
                backlog.release(size);
            }
        });
    }

    private void rethrowFailure() {
        UserException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    /** Waits until every file handed over is written. */
    private void drain() {
        disk.shutdown();
        try {
            while (!disk.awaitTermination(1, TimeUnit.MINUTES)) {
                // a very slow disk: keep waiting, the build is not done until its files are
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("interrupted while writing the site", e);
        }
        rethrowFailure();
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
        drain();
        try {
            Path old = null;
            if (Files.exists(out)) {
                old = newFolder(out.getParent(), leftoverPrefix(out, "old") + ProcessHandle.current().pid() + "-");
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
            disk.shutdownNow();
            try {
                disk.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deleteTree(staging);
        }
    }

    /**
     * Removes a folder and everything in it. Its top-level entries (one per policy) go on several
     * threads: unlinking waits on the disk more than on the processor, and a 57,614-file site went
     * in 12 s this way against 26 s one file at a time.
     */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(root)) {
            entries = list.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExecutorService removers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> removed = new ArrayList<>();
            for (Path entry : entries) {
                removed.add(removers.submit(() -> deleteOneByOne(entry)));
            }
            for (Future<?> f : removed) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while removing " + root));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u : new IllegalStateException(e.getCause());
        } finally {
            removers.shutdown();
        }
        deleteOneByOne(root);
    }

    private static void deleteOneByOne(Path root) {
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
