package dev.trustcenter.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustcenter.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import picocli.CommandLine;

/**
 * Runs the {@code trustcenter} command line in process against a repository and reads the site it
 * wrote: pages as jsoup documents by site URL, {@code policies.json} as a tree.
 */
public final class TestSite {

    private final Path out;
    public final int exitCode;
    public final String stdout;
    public final String stderr;

    private TestSite(Path out, int exitCode, String stdout, String stderr) {
        this.out = out;
        this.exitCode = exitCode;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** {@code trustcenter <args>} with {@code --today} fixed unless given. */
    public static TestSite run(Path out, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(o, true));
        cl.setErr(new PrintWriter(e, true));
        int code = cl.execute(args);
        return new TestSite(out, code, o.toString(), e.toString());
    }

    /** {@code trustcenter build --repo repo --out out --today today}. */
    public static TestSite build(TestRepo repo, Path out, String today, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--repo", repo.dir().toString(), "--out", out.toString(),
                "--today", today));
        args.addAll(List.of(extra));
        TestSite site = run(out, args.toArray(String[]::new));
        assertEquals(0, site.exitCode, () -> "build failed:\n" + site.stderr);
        return site;
    }

    public Path out() {
        return out;
    }

    public boolean exists(String sitePath) {
        return Files.exists(file(sitePath));
    }

    public Path file(String sitePath) {
        String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return out.resolve(p.isEmpty() || p.endsWith("/") ? p + "index.html" : p);
    }

    public String text(String sitePath) {
        try {
            return Files.readString(file(sitePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Document page(String sitePath) {
        assertTrue(exists(sitePath), () -> sitePath + " was not generated");
        return Jsoup.parse(text(sitePath), "http://site.test" + sitePath);
    }

    public Element select(String sitePath, String css) {
        Element e = page(sitePath).selectFirst(css);
        assertNotNull(e, () -> "no '" + css + "' on " + sitePath);
        return e;
    }

    public JsonNode policiesJson() {
        try {
            return new ObjectMapper().readTree(file("/policies.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode policy(String slug) {
        for (JsonNode p : policiesJson().get("policies")) {
            if (p.get("slug").asText().equals(slug)) {
                return p;
            }
        }
        throw new AssertionError("no policy '" + slug + "' in policies.json");
    }
}
