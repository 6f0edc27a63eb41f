package dev.trustcenter.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reports changed files under some folders (recursively, folders created later included) and in
 * others (their own entries only, for git's {@code HEAD} and {@code index}). Runs one daemon thread;
 * {@link #close} stops it. Editors' scratch files (swap files, backups) are not reported.
 */
final class FolderWatcher implements AutoCloseable {

    private static final WatchEvent.Kind<?>[] KINDS = {StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE};

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Set<Path> recursive = ConcurrentHashMap.newKeySet();
    private final Set<Path> flatFolders = ConcurrentHashMap.newKeySet();
    /** Parent folder → a watched tree that does not exist yet (a templates folder made later). */
    private final Map<Path, Path> awaited = new ConcurrentHashMap<>();
    private final Consumer<Path> onChange;
    private final Thread thread;

    /**
     * @param trees   folders watched with everything under them; a missing one is watched from the
     *                moment it is created in its parent
     * @param flat    folders whose own entries are watched; missing ones are skipped
     * @param onChange hears each changed path (a folder's path on overflow), on the watcher thread
     */
    FolderWatcher(List<Path> trees, List<Path> flat, Consumer<Path> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        for (Path folder : flat) {
            if (Files.isDirectory(folder)) {
                flatFolders.add(folder.toAbsolutePath().normalize());
                register(folder.toAbsolutePath().normalize());
            }
        }
        for (Path t : trees) {
            Path tree = t.toAbsolutePath().normalize();
            if (Files.isDirectory(tree)) {
                recursive.add(tree);
                registerTree(tree);
            } else if (tree.getParent() != null && Files.isDirectory(tree.getParent())) {
                awaited.put(tree.getParent(), tree);
                register(tree.getParent());
            }
        }
        thread = new Thread(this::loop, "trustcenter-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                register(dir);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void register(Path dir) throws IOException {
        folders.put(dir.register(service, KINDS), dir);
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path dir = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (dir != null) {
                        handle(dir, event);
                    }
                }
                if (!key.reset()) {
                    folders.remove(key);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server is stopping
        }
    }

    private void handle(Path dir, WatchEvent<?> event) {
        if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
            onChange.accept(dir);
            return;
        }
        Path changed = dir.resolve((Path) event.context());
        boolean created = event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS);
        boolean appeared = created && changed.equals(awaited.get(dir));
        if (appeared) {
            awaited.remove(dir);
            recursive.add(changed);
        }
        if (created && (appeared || isUnderTree(dir))) {
            try {
                registerTree(changed);
            } catch (IOException e) {
                // gone again already; its parent's events still arrive
            }
        }
        boolean watched = appeared || isUnderTree(dir) || flatFolders.contains(dir);
        if (watched && !isScratch(changed.getFileName().toString())) {
            onChange.accept(changed);
        }
    }

    private boolean isUnderTree(Path dir) {
        return recursive.stream().anyMatch(dir::startsWith);
    }

    /** Vim's swap files and write test, Emacs' lock and backup files, git's lock files, temporary files. */
    static boolean isScratch(String name) {
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.equals("4913")
                || name.startsWith(".#") || name.endsWith(".lock") || name.endsWith(".tmp");
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to release
        }
        thread.interrupt();
    }
}
