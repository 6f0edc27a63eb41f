package dev.trustcenter.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.trustcenter.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample trust center: this repository's own {@code content/} and git history, built in
 * process with a fixed date so that banners and counts are the same on every run.
 */
final class SampleSite {

    static final String TODAY = "2026-11-28";

    /** Links to this host are links into the site (pages are parsed with it as their base). */
    static final String HOST = "site.test";

    private static TestSite shared;

    private SampleSite() {
    }

    /**
     * The sample built once for every proof test of this run, which only read it; its folder is
     * removed when the test JVM exits.
     */
    static synchronized TestSite shared() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("trustcenter-sample-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                shared = build(dir.resolve("site"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /** Builds the sample into {@code out}; the working directory is the project root under Maven. */
    static TestSite build(Path out) {
        TestSite site = TestSite.run(out, "build", "--repo", Path.of("").toAbsolutePath().toString(),
                "--out", out.toString(), "--today", TODAY, "--quiet");
        assertEquals(0, site.exitCode, () -> "sample build failed:\n" + site.stderr);
        return site;
    }

    /** Every HTML page as a site path: {@code /}, {@code /security-policy/}, {@code /404.html}. */
    static List<String> pages(TestSite site) {
        try (Stream<Path> files = Files.walk(site.out())) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> "/" + site.out().relativize(f).toString().replace('\\', '/'))
                    .map(p -> p.endsWith("/index.html") || p.equals("/index.html") ? p.substring(0, p.length() - "index.html".length()) : p)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file a site-absolute path is served from, or null when none is: a folder path serves
     * its {@code index.html}. Percent-escapes are decoded, as a server would.
     */
    static Path served(TestSite site, String sitePath) {
        String path = URI.create("http://" + HOST + sitePath.replace(" ", "%20")).getPath();
        Path file = site.out().resolve(path.substring(1)).normalize();
        if (!file.startsWith(site.out())) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }
}
