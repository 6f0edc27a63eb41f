package dev.trustcenter.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.site.BuildOptions;
import dev.trustcenter.testing.TestRepo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server in process, against a real repository, read over HTTP. */
class PreviewTest {

    /** Generous, because the watcher and rebuild share the machine with the rest of the build. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private TestRepo repo;
    private Preview preview;

    private static String policy(String reviewed, String body) {
        return "---\ntitle: Security Policy\nlast_reviewed: " + reviewed + "\n---\n" + body + "\n";
    }

    @BeforeEach
    void start() {
        repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/_index.md", "---\ntitle: Acme Trust Center\nbase_url: https://trust.acme.test\n---\nWelcome.\n");
        repo.write("content/security.md", policy("2017-06-18", "We encrypt data at rest."));
        repo.commit("security: first version", "2017-06-18T10:00:00Z");
        repo.write("content/security.md", policy("2017-09-12", "We encrypt all data at rest."));
        repo.commit("security: 2017-Q3 review", "2017-09-12T10:00:00Z");
        BuildOptions build = new BuildOptions(repo.dir(), "content", null, repo.dir().resolve("templates"),
                tmp.resolve("never-written"), null, LocalDate.parse("2018-01-10"), Instant.parse("2018-01-10T00:00:00Z"));
        preview = Preview.start(new Preview.Options(build, repo.dir(), "127.0.0.1", 0),
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @AfterEach
    void stop() {
        preview.close();
        repo.close();
    }

    @Test
    void servesTheCurrentPageWithTheReloadScript() {
        HttpResponse<String> response = get("/security/");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document page = Jsoup.parse(response.body());
        assertEquals("We encrypt all data at rest.", page.selectFirst("article.policy-body p").text());
        assertNotNull(page.selectFirst("script[data-trustcenter-serve]"), "the page reloads itself");
        assertEquals(Long.toString(preview.version()), get("/__trustcenter/version").body());
        assertEquals(301, get("/security").statusCode());
        assertEquals("/security/", get("/security").headers().firstValue("Location").orElse(""));
        assertEquals(404, get("/no-such-policy/").statusCode());
        assertTrue(preview.url().toString().startsWith("http://127.0.0.1:"), preview.url().toString());
        assertTrue(get("/feed.xml").body().contains(preview.url() + "security/"),
                "without --base-url, links in feeds point at the preview");
        assertTrue(!Jsoup.parse(get("/").body()).select("a[href=/security/]").isEmpty());
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        int port = preview.url().getPort();
        Optional<InetAddress> other = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
        Assumptions.assumeTrue(other.isPresent(), "this machine has no address but loopback");
        assertThrows(ConnectException.class, () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(other.get(), port), 2000);
            }
        });
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
            assertTrue(s.isConnected());
        }
    }

    @Test
    void answersOnlyThisMachinesNamesForIt() throws IOException, InterruptedException {
        URI page = preview.url().resolve("/security/");
        HttpResponse<String> viaLocalhost = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + preview.url().getPort() + "/security/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, viaLocalhost.statusCode());
        // What a page on another site gets when it points its own name at 127.0.0.1 (DNS rebinding).
        try (Socket s = new Socket(page.getHost(), page.getPort())) {
            s.getOutputStream().write(("GET /security/ HTTP/1.1\r\nHost: attacker.example:" + page.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 403 Forbidden", status);
        }
    }

    @Test
    void anEditInTheWorkingTreeShowsAsADraftWithADiff() {
        String before = version();
        repo.write("content/security.md", policy("2017-09-12", "We encrypt all data at rest and in transit."));
        awaitNewVersion(before);

        Document draft = page("/security/draft/");
        assertTrue(draft.selectFirst(".notice-draft").text().startsWith("Draft — not published."));
        assertEquals("We encrypt all data at rest and in transit.", draft.selectFirst("article.policy-body p").text());
        Document diff = page("/security/draft/diff/");
        assertEquals("and in transit", diff.select("article.policy-diff ins").text());

        Document current = page("/security/");
        assertEquals("We encrypt all data at rest.", current.selectFirst("article.policy-body p").text(), "still the published text");
        assertNotNull(current.selectFirst(".notice-draft a[href=/security/draft/]"), "the current page links the draft");
        assertNotNull(current.selectFirst(".notice-draft a[href=/security/draft/diff/]"), "and what it changes");
        assertNotNull(page("/security/history/").selectFirst(".notice-draft a[href=/security/draft/]"));
        assertNotNull(page("/").selectFirst(".notice-draft a[href=/security/draft/]"), "the home page lists drafts");
        assertTrue(out.toString().contains("content/security.md changed"), out.toString());
    }

    @Test
    void aBrokenFileShowsItsErrorUntilItIsFixed() {
        String before = version();
        repo.write("content/security.md", "---\ntitle: Security Policy\nlast_reviewed: 2017-13-45\n---\nText.\n");
        String broken = awaitNewVersion(before);

        HttpResponse<String> response = get("/security/");
        assertEquals(500, response.statusCode());
        Document error = Jsoup.parse(response.body());
        String message = error.selectFirst(".build-errors li").text();
        assertTrue(message.startsWith("content/security.md:3:16: error: "), message);
        assertNotNull(error.selectFirst("script[data-trustcenter-serve]"), "the error page reloads itself when fixed");
        assertEquals(500, get("/").statusCode(), "every page shows the error");
        assertTrue(err.toString().contains(message), "the terminal says the same: " + err);

        repo.write("content/security.md", policy("2017-09-12", "We encrypt all data at rest, fixed."));
        awaitNewVersion(broken);
        HttpResponse<String> fixed = get("/security/draft/");
        assertEquals(200, fixed.statusCode());
        assertEquals("We encrypt all data at rest, fixed.", Jsoup.parse(fixed.body()).selectFirst("article.policy-body p").text());
        assertEquals(200, get("/security/").statusCode());
    }

    /** The parsers recurse once per level: the rebuild must survive the stack overflowing, and go on. */
    @Test
    void aDraftNestedTooDeeplyShowsAnErrorAndServingGoesOn() {
        String before = version();
        repo.write("content/security.md", policy("2017-09-12", "> ".repeat(5000) + "deep"));
        String broken = awaitNewVersion(before);
        assertEquals(500, get("/security/").statusCode());
        String message = Jsoup.parse(get("/").body()).selectFirst(".build-errors li").text();
        assertTrue(message.contains("nests lists, block quotes or brackets too deeply"), message);

        repo.write("content/security.md", policy("2017-09-12", "Flat again."));
        awaitNewVersion(broken);
        assertEquals("Flat again.", Jsoup.parse(get("/security/draft/").body()).selectFirst("article.policy-body p").text());
    }

    @Test
    void aTemplateMadeWhileServingIsUsedAndItsErrorsShown() {
        String before = version();
        repo.write("templates/policy.ftlh", "<#import \"_layout.ftlh\" as layout>\n<p class=\"mine\">${page.title</p>\n");
        String broken = awaitNewVersion(before);
        String message = Jsoup.parse(get("/security/").body()).selectFirst(".build-errors li").text();
        assertTrue(message.startsWith("templates/policy.ftlh:2"), message);

        repo.write("templates/policy.ftlh", "<p class=\"mine\">${page.title}</p>\n");
        awaitNewVersion(broken);
        assertEquals("Security Policy", page("/security/").selectFirst("p.mine").text());
    }

    @Test
    void aCommitMakesTheDraftThePublishedVersion() {
        repo.write("content/security.md", policy("2017-12-01", "We encrypt all data at rest and in transit."));
        String drafted = awaitNewVersion(version());
        assertEquals(200, get("/security/draft/").statusCode());

        repo.commit("security: 2017-Q4 review", "2017-12-01T10:00:00Z");
        awaitNewVersion(drafted);
        assertEquals(404, get("/security/draft/").statusCode());
        assertEquals("We encrypt all data at rest and in transit.", page("/security/2017-q4/").selectFirst("article.policy-body p").text());
    }

    private String version() {
        return get("/__trustcenter/version").body();
    }

    /** Polls the version endpoint, as the reload script does, until it differs from {@code old}. */
    private String awaitNewVersion(String old) {
        await(() -> !version().equals(old), "a new version after " + old + "; log:\n" + out + err);
        String now = version();
        assertNotEquals(old, now);
        return now;
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    private Document page(String path) {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), () -> path + ": " + response.body());
        return Jsoup.parse(response.body(), preview.url().resolve(path).toString());
    }

    private HttpResponse<String> get(String path) {
        URI uri = preview.url().resolve(path);
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
