package dev.trustcenter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.testing.TestRepo;
import dev.trustcenter.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --content} given as an absolute path, as shells complete it, means the same folder. */
class AbsoluteContentPathTest {

    @TempDir
    Path tmp;
    private TestRepo repo;
    private Path policies;

    @BeforeEach
    void twoReviews() {
        repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("policies/security.md", """
                ---
                title: Security Policy
                last_reviewed: 2024-03-01
                ---
                We encrypt data at rest.
                """).commit("Security policy", "2024-03-01");
        repo.write("policies/security.md", """
                ---
                title: Security Policy
                last_reviewed: 2024-06-01
                ---
                We encrypt data at rest and in transit.
                """).commit("Review security policy", "2024-06-01");
        policies = repo.dir().resolve("policies").toAbsolutePath();
    }

    @Test
    void buildFindsTheRepositoryAroundAnAbsoluteContentFolder() {
        Path out = tmp.resolve("site");
        TestSite site = TestSite.run(out, "build", "--content", policies.toString(), "--out", out.toString(),
                "--today", "2024-07-01", "--no-pdf", "--quiet");

        assertEquals(0, site.exitCode, site.stderr);
        assertEquals("policies/security.md", site.policy("security").get("source").asText());
        assertEquals(2, site.policy("security").get("reviews").size());
        assertTrue(site.select("/security/", "main").text().contains("in transit"));
    }

    @Test
    void withoutOutTheSiteGoesToTheTopOfTheRepositoryWhereverTheCommandRuns() {
        TestSite site = TestSite.run(repo.dir().resolve("site"), "build", "--content", policies.toString(),
                "--today", "2024-07-01", "--no-pdf", "--quiet");
        assertEquals(0, site.exitCode, site.stderr);
        assertEquals("policies/security.md", site.policy("security").get("source").asText());
    }

    @Test
    void checkAndDiffReadTheSameFolder() {
        TestSite check = TestSite.run(tmp, "check", "--repo", repo.dir().toString(), "--content", policies.toString(),
                "--today", "2024-07-01");
        assertEquals(0, check.exitCode, check.stderr);
        assertTrue((check.stdout + check.stderr).contains("0 errors, 0 warnings in 1 policy"), check.stdout + check.stderr);

        TestSite diff = TestSite.run(tmp, "diff", "--content", policies.toString(), "--format", "markdown", "HEAD~1..HEAD");
        assertEquals(0, diff.exitCode, diff.stderr);
        assertTrue(diff.stdout.contains("Security Policy"), diff.stdout);
        assertTrue(diff.stdout.contains("in transit"), diff.stdout);
    }

    @Test
    void aFolderOutsideTheRepositoryIsAUserErrorAndWritesNothing() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path out = tmp.resolve("site");
        TestSite failed = TestSite.run(out, "build", "--repo", repo.dir().toString(), "--content", elsewhere.toString(),
                "--out", out.toString(), "--today", "2024-07-01");

        assertEquals(1, failed.exitCode);
        assertTrue(failed.stderr.contains("content folder '" + elsewhere + "' is not inside the repository at "),
                failed.stderr);
        assertFalse(failed.stderr.contains("\tat "), "no stack trace: " + failed.stderr);
        assertFalse(Files.exists(out));
    }
}
