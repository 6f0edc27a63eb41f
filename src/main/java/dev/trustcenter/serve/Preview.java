package dev.trustcenter.serve;

import com.sun.net.httpserver.HttpServer;
import dev.trustcenter.diag.Diagnostic;
import dev.trustcenter.diag.Diagnostics;
import dev.trustcenter.diag.PhaseTimer;
import dev.trustcenter.diag.SourceException;
import dev.trustcenter.diag.UserException;
import dev.trustcenter.site.BuildOptions;
import dev.trustcenter.site.PolicyCache;
import dev.trustcenter.site.RenderedSite;
import dev.trustcenter.site.SiteBuild;
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
import java.util.concurrent.atomic.AtomicReference;

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
    private final PrintWriter out;
    private final PrintWriter err;
    private final PolicyCache cache = new PolicyCache();
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(Snapshot.empty());
    private final BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private List<String> lastWarnings = List.of();
    private FolderWatcher watcher;
    private Thread rebuilder;

    private Preview(HttpServer server, Options options, PrintWriter out, PrintWriter err) {
        this.server = server;
        this.out = out;
        this.err = err;
        this.repoRoot = options.repoRoot().toAbsolutePath().normalize();
        this.gitDir = GitDir.of(repoRoot);
        InetSocketAddress address = server.getAddress();
        String origin = "http://" + host(address.getAddress()) + ":" + address.getPort();
        String base = options.build().baseUrl();
        String prefix = base == null ? "" : pathPrefix(base);
        this.build = (base == null ? options.build().withBaseUrl(origin + "/") : options.build()).withDrafts(true);
        this.url = URI.create(origin + prefix + "/");
        this.requests = Executors.newFixedThreadPool(4, runnable -> {
            Thread t = new Thread(runnable, "trustcenter-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(requests);
        server.createContext("/", new SiteHandler(snapshot::get, prefix, hostNames(address)));
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
        preview.rebuild(List.of());
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
        watcher = new FolderWatcher(trees, gitDir == null ? List.of() : List.of(gitDir), this::changed);
        rebuilder = new Thread(this::rebuildLoop, "trustcenter-rebuild");
        rebuilder.setDaemon(true);
        rebuilder.start();
    }

    private Path contentDir() {
        return repoRoot.resolve(build.contentPath()).normalize();
    }

    private void changed(Path path) {
        if (gitDir != null && gitDir.equals(path.getParent()) && !GIT_STATE.contains(path.getFileName().toString())) {
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
                rebuild(changed);
            }
        } catch (InterruptedException e) {
            // stopping
        }
    }

    /** Builds and publishes a new snapshot; never throws, so serving goes on whatever the files hold. */
    void rebuild(java.util.Collection<Path> changed) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Snapshot previous = snapshot.get();
        try {
            RenderedSite site = new SiteBuild(diagnostics, new PhaseTimer()).render(build, cache);
            long millis = (System.nanoTime() - start) / 1_000_000;
            printWarnings(diagnostics);
            boolean updated = publish(new Snapshot(0, site.files(), site.drafts(), List.of()));
            report(changed, previous, site, millis, updated);
        } catch (UserException | UncheckedIOException e) {
            List<String> errors = errorLines(e);
            publish(new Snapshot(0, previous.files(), previous.drafts(), errors));
            log(err, describe(changed) + "the site does not build; the browser shows this until it is fixed:");
            errors.forEach(line -> log(err, "  " + line));
        } catch (RuntimeException e) {
            err.println("trustcenter: internal error while rebuilding (please report it with the trace below)");
            e.printStackTrace(err);
            publish(new Snapshot(0, previous.files(), previous.drafts(), List.of("internal error: " + e
                    + " (please report it with the trace printed in the terminal)")));
            err.flush();
        }
    }

    private synchronized boolean publish(Snapshot next) {
        Snapshot current = snapshot.get();
        if (current.version() > 0 && current.sameAs(next.files(), next.drafts(), next.errors())) {
            return false;
        }
        snapshot.set(new Snapshot(current.version() + 1, next.files(), next.drafts(), next.errors()));
        return true;
    }

    private void report(java.util.Collection<Path> changed, Snapshot previous, RenderedSite site, long millis, boolean updated) {
        String drafts = site.drafts().isEmpty() ? "no drafts"
                : site.drafts().size() + (site.drafts().size() == 1 ? " draft" : " drafts");
        String phases = site.report().phases().stream().map(p -> p.name() + " " + p.millis())
                .collect(java.util.stream.Collectors.joining(", ", " (", " ms)"));
        String what = site.report().policies() + " policies (" + site.policiesRendered() + " rendered, "
                + site.policiesReused() + " reused), " + drafts + phases;
        if (changed.isEmpty()) {
            log(out, "built in " + millis + " ms: " + what);
            site.report().notices().stream().filter(n -> !n.startsWith("notice: ")).forEach(n -> log(err, n));
            return;
        }
        String outcome = previous.failed() ? " — fixed, pages are back" : updated ? " — pages reload" : " — nothing changed";
        log(out, describe(changed) + "rebuilt in " + millis + " ms: " + what + outcome);
    }

    private void printWarnings(Diagnostics diagnostics) {
        List<String> warnings = diagnostics.sorted().stream().map(Diagnostic::toString).toList();
        if (!warnings.equals(lastWarnings)) {
            warnings.forEach(w -> log(err, w));
            lastWarnings = warnings;
        }
    }

    private String describe(java.util.Collection<Path> changed) {
        if (changed.isEmpty()) {
            return "";
        }
        if (changed.size() == 1) {
            Path p = changed.iterator().next();
            return (p.startsWith(repoRoot) ? repoRoot.relativize(p).toString().replace('\\', '/') : p.toString()) + " changed: ";
        }
        return changed.size() + " files changed: ";
    }

    /** {@code path:line: error: message}, as the {@code build} command prints it. */
    static List<String> errorLines(RuntimeException e) {
        if (e instanceof SourceException s) {
            return List.of(s.toDiagnostic().toString());
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return List.of(message.contains(": error: ") ? message : "error: " + message);
    }

    private static void log(PrintWriter w, String line) {
        w.println(line);
        w.flush();
    }

    /** The URL of the home page. */
    public URI url() {
        return url;
    }

    /** The version open pages compare against; it changes when a rebuild changes what pages show. */
    public long version() {
        return snapshot.get().version();
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

    /** Git's folder for a work tree: {@code .git}, or where a {@code .git} file points (linked work trees). */
    static final class GitDir {
        private GitDir() {
        }

        static Path of(Path root) {
            Path dotGit = root.resolve(".git");
            if (Files.isDirectory(dotGit)) {
                return dotGit;
            }
            try {
                if (Files.isRegularFile(dotGit)) {
                    String line = Files.readString(dotGit).trim();
                    if (line.startsWith("gitdir:")) {
                        return root.resolve(line.substring("gitdir:".length()).trim()).normalize();
                    }
                }
            } catch (IOException e) {
                // not a work tree we can watch: commits are then noticed at the next file change
            }
            return null;
        }
    }
}
