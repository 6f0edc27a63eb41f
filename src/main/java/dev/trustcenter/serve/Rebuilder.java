package dev.trustcenter.serve;

import dev.trustcenter.diag.Diagnostic;
import dev.trustcenter.diag.Diagnostics;
import dev.trustcenter.diag.PhaseTimer;
import dev.trustcenter.diag.SourceException;
import dev.trustcenter.diag.UserException;
import dev.trustcenter.site.BuildOptions;
import dev.trustcenter.site.PolicyCache;
import dev.trustcenter.site.RenderedSite;
import dev.trustcenter.site.SiteBuild;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Builds the site into a new {@link Snapshot} and says in the terminal what happened. Keeps the
 * {@link PolicyCache} between builds. One rebuild at a time (callers serialise); the snapshot it
 * publishes may be read from any thread.
 */
final class Rebuilder {

    private final BuildOptions build;
    private final Path repoRoot;
    private final PrintWriter out;
    private final PrintWriter err;
    private final PolicyCache cache = new PolicyCache();
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(Snapshot.empty());
    private List<String> lastWarnings = List.of();

    Rebuilder(BuildOptions build, Path repoRoot, PrintWriter out, PrintWriter err) {
        this.build = build;
        this.repoRoot = repoRoot;
        this.out = out;
        this.err = err;
    }

    Snapshot snapshot() {
        return snapshot.get();
    }

    /** Builds and publishes a new snapshot; never throws, so serving goes on whatever the files hold. */
    void rebuild(Collection<Path> changed) {
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
            failed(changed, previous, errorLines(e));
        } catch (StackOverflowError e) {
            failed(changed, previous, List.of("error: " + UserException.NESTED_TOO_DEEPLY));
        } catch (RuntimeException e) {
            err.println("trustcenter: internal error while rebuilding (please report it with the trace below)");
            e.printStackTrace(err);
            publish(new Snapshot(0, previous.files(), previous.drafts(), List.of("internal error: " + e
                    + " (please report it with the trace printed in the terminal)")));
            err.flush();
        }
    }

    private void failed(Collection<Path> changed, Snapshot previous, List<String> errors) {
        publish(new Snapshot(0, previous.files(), previous.drafts(), errors));
        log(err, describe(changed) + "the site does not build; the browser shows this until it is fixed:");
        errors.forEach(line -> log(err, "  " + line));
    }

    private boolean publish(Snapshot next) {
        Snapshot current = snapshot.get();
        if (current.version() > 0 && current.sameAs(next.files(), next.drafts(), next.errors())) {
            return false;
        }
        snapshot.set(new Snapshot(current.version() + 1, next.files(), next.drafts(), next.errors()));
        return true;
    }

    private void report(Collection<Path> changed, Snapshot previous, RenderedSite site, long millis, boolean updated) {
        String drafts = site.drafts().isEmpty() ? "no drafts"
                : site.drafts().size() + (site.drafts().size() == 1 ? " draft" : " drafts");
        String phases = site.report().phases().stream().map(p -> p.name() + " " + p.millis())
                .collect(Collectors.joining(", ", " (", " ms)"));
        String what = site.report().policies() + (site.report().policies() == 1 ? " policy (" : " policies (") + site.policiesRendered() + " rendered, "
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

    private String describe(Collection<Path> changed) {
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
}
