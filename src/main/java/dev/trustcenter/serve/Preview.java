package dev.trustcenter.serve;

import com.sun.net.httpserver.HttpServer;
import dev.trustcenter.diag.UserException;
import dev.trustcenter.site.BuildOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The live preview: builds the site with drafts into memory, serves it, and rebuilds it whenever
 * something under the content or templates folder (or git's HEAD and index) changes. Rebuilds run
 * one at a time on their own thread, after a short quiet spell so that an editor's burst of writes
 * costs one rebuild; requests are answered from the last snapshot meanwhile. Thread-safe.
 */
public final class Preview implements AutoCloseable {

    /**
     * @param build    what to build; {@code drafts} is switched on, and a null {@code baseUrl}
     *                 becomes the server's own URL so that links, feeds and the sitemap work locally
     * @param repoRoot the top of the work tree (where {@code .git} is), for the folders to watch
     * @param bind     the address to listen on, e.g. {@code 127.0.0.1}
     * @param port     the port; 0 picks a free one
     */
    public record Options(BuildOptions build, Path repoRoot, String bind, int port) {
        public Options {
            Objects.requireNonNull(build, "build");
            Objects.requireNonNull(repoRoot, "repoRoot");
            Objects.requireNonNull(bind, "bind");
        }
    }

    /** Files in git's folder whose change means a commit, checkout or staging happened. */
    private static final Set<String> GIT_STATE = Set.of("HEAD", "index", "packed-refs", "ORIG_HEAD", "COMMIT_EDITMSG", "MERGE_HEAD");
    private static final long QUIET_MILLIS = 60;
    private static final long MAX_WAIT_MILLIS = 400;

    private final HttpServer server;
    private final ExecutorService requests;
    private final BuildOptions build;
    private final Path repoRoot;
    private final Path gitDir;
    private final URI url;
    private final Rebuilder rebuilds;
    private final BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private FolderWatcher watcher;
    private Thread rebuilder;

    private Preview(HttpServer server, Options options, PrintWriter out, PrintWriter err) {
        this.server = server;
        this.repoRoot = options.repoRoot().toAbsolutePath().normalize();
        this.gitDir = GitDir.of(repoRoot);
        InetSocketAddress address = server.getAddress();
        String origin = "http://" + host(address.getAddress()) + ":" + address.getPort();
        String base = options.build().baseUrl();
        String prefix = base == null ? "" : pathPrefix(base);
        this.build = (base == null ? options.build().withBaseUrl(origin + "/") : options.build()).withDrafts(true);
        this.url = URI.create(origin + prefix + "/");
        this.rebuilds = new Rebuilder(build, repoRoot, out, err);
        this.requests = Executors.newFixedThreadPool(4, runnable -> {
            Thread t = new Thread(runnable, "trustcenter-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(requests);
        server.createContext("/", new SiteHandler(rebuilds::snapshot, prefix, hostNames(address)));
    }

    /**
     * Binds, builds once, starts serving and watching. A build that fails is served as the error
     * page (and printed to {@code err}): the server starts anyway and recovers when the file is fixed.
     *
     * @throws UserException when the address cannot be bound (port in use, unknown host)
     */
    public static Preview start(Options options, PrintWriter out, PrintWriter err) {
        Path content = options.repoRoot().resolve(options.build().contentPath());
        if (!Files.isDirectory(content)) {
            throw new UserException("content folder '" + options.build().contentPath() + "' not found in "
                    + options.repoRoot() + " (choose it with --content)");
        }
        Preview preview = new Preview(bind(options), options, out, err);
        preview.rebuilds.rebuild(List.of());
        preview.server.start();
        try {
            preview.watch();
        } catch (IOException e) {
            preview.close();
            throw new UserException("cannot watch " + preview.contentDir() + " for changes: " + e.getMessage(), e);
        }
        return preview;
    }

    private static HttpServer bind(Options options) {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getByName(options.bind()), options.port()), 0);
        } catch (BindException e) {
            throw new UserException("cannot listen on " + options.bind() + ":" + options.port() + ": " + e.getMessage()
                    + " (is another server using the port? choose another with --port, or 0 for any free port)", e);
        } catch (UnknownHostException e) {
            throw new UserException("--bind '" + options.bind() + "' is not an address of this machine", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the HTTP server", e);
        }
    }

    private void watch() throws IOException {
        List<Path> trees = new ArrayList<>(List.of(contentDir()));
        if (build.templatesDir() != null) {
            trees.add(build.templatesDir());
        }
        // logs/HEAD grows on every commit, checkout and reset, whether or not the index is written.
        watcher = new FolderWatcher(trees, gitDir == null ? List.of() : List.of(gitDir, gitDir.resolve("logs")), this::changed);
        rebuilder = new Thread(this::rebuildLoop, "trustcenter-rebuild");
        rebuilder.setDaemon(true);
        rebuilder.start();
    }

    private Path contentDir() {
        return repoRoot.resolve(build.contentPath()).normalize();
    }

    private void changed(Path path) {
        boolean inGit = gitDir != null && (gitDir.equals(path.getParent()) || gitDir.resolve("logs").equals(path.getParent()));
        if (inGit && !GIT_STATE.contains(path.getFileName().toString())) {
            return;
        }
        changes.add(path);
    }

    private void rebuildLoop() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                changed.add(changes.take());
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
                Path next;
                while (System.nanoTime() < deadline && (next = changes.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    changed.add(next);
                }
                rebuilds.rebuild(changed);
            }
        } catch (InterruptedException e) {
            // stopping
        }
    }

    /** The URL of the home page. */
    public URI url() {
        return url;
    }

    /** The version open pages compare against; it changes when a rebuild changes what pages show. */
    public long version() {
        return rebuilds.snapshot().version();
    }

    /** Blocks until {@link #close} is called (by Ctrl-C's shutdown hook, for the command line). */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /** Stops serving and watching; idempotent. */
    @Override
    public void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        server.stop(0);
        if (watcher != null) {
            watcher.close();
        }
        if (rebuilder != null) {
            rebuilder.interrupt();
        }
        requests.shutdownNow();
        stopped.countDown();
    }

    /** On a loopback address only this machine's names for it are answered; on others, any name. */
    private static Set<String> hostNames(InetSocketAddress address) {
        if (!address.getAddress().isLoopbackAddress()) {
            return Set.of();
        }
        int port = address.getPort();
        return new java.util.HashSet<>(List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port,
                host(address.getAddress()) + ":" + port));
    }

    private static String host(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "127.0.0.1";
        }
        String h = address.getHostAddress();
        return h.contains(":") ? "[" + h + "]" : h;
    }

    private static String pathPrefix(String baseUrl) {
        String path = URI.create(baseUrl.trim()).getRawPath();
        if (path == null) {
            return "";
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
