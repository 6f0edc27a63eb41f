package dev.trustcenter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.trustcenter.testing.TestRepo;
import dev.trustcenter.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options a user names explicitly are used as given, or refused: never silently replaced by a default. */
class SiteOptionsTest {

    @TempDir
    Path tmp;

    private TestSite build(String... options) {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/security.md", "---\ntitle: Security\nlast_reviewed: 2024-03-01\n---\nText.\n")
                .commit("add", "2024-03-01");
        Path out = tmp.resolve("site");
        String[] args = new String[options.length + 7];
        System.arraycopy(new String[] {"build", "--repo", repo.dir().toString(), "--out", out.toString(), "--today",
                "2024-04-01"}, 0, args, 0, 7);
        System.arraycopy(options, 0, args, 7, options.length);
        return TestSite.run(out, args);
    }

    @Test
    void aTemplatesFolderThatDoesNotExistIsRefused() {
        Path missing = tmp.resolve("no-such-theme");
        TestSite run = build("--templates", missing.toString());
        assertEquals(1, run.exitCode);
        assertEquals("error: --templates '" + missing + "' does not exist (without --templates, the repository's"
                + " templates/ folder is used if it has one)\n", run.stderr);
        assertFalse(Files.exists(run.out()));
    }

    @Test
    void aTemplatesPathThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("theme.ftlh"), "<#-- not a folder -->");
        TestSite run = build("--templates", file.toString());
        assertEquals(1, run.exitCode);
        assertEquals("error: --templates '" + file + "' is not a folder (without --templates, the repository's"
                + " templates/ folder is used if it has one)\n", run.stderr);
    }

    @Test
    void aBaseUrlWithoutSchemeIsRefused() {
        TestSite run = build("--base-url", "trust.example.com");
        assertEquals(1, run.exitCode);
        assertEquals("error: --base-url 'trust.example.com' is not an absolute http or https URL: write it like"
                + " https://trust.example.com/ or https://example.github.io/trust/\n", run.stderr);
        assertFalse(Files.exists(run.out()));
    }
}
