package dev.trustcenter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.testing.TestRepo;
import dev.trustcenter.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trustcenter review}: a writer's one-liner that records a review in the working tree. */
class ReviewCommandTest {

    private static final String SECURITY = """
            ---
            # Owned by the security team; approved by the CISO.
            title: "Security Policy"
            owner: Head of Security   # a person, not a team
            last_reviewed: '2024-01-15'
            review_cycle: semiannual
            custom_key: [a, b]
            ---
            # Security

            last_reviewed: 2024-01-15 in the body is prose, not front matter.
            """;

    @TempDir
    Path tmp;

    private TestRepo repo() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/_index.md", "---\ntitle: Acme Trust Center\nreview_cycle: annual\n---\n");
        repo.write("content/security-policy.md", SECURITY);
        repo.write("content/privacy/notice.md", "---\r\ntitle: Privacy Notice\r\n---\r\nWe keep little.\r\n");
        repo.write("content/incident.md", "# Incident Response\n\nCall us.\n");
        repo.commit("Add policies", "2024-01-15T10:00:00Z");
        return repo;
    }

    private TestSite review(TestRepo repo, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "review";
        all[1] = "--repo";
        all[2] = repo.dir().toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return TestSite.run(tmp.resolve("unused"), all);
    }

    private static String read(TestRepo repo, String path) throws IOException {
        return Files.readString(repo.dir().resolve(path));
    }

    @Test
    void changesOnlyTheDateAndKeepsEveryOtherByte() throws IOException {
        TestRepo repo = repo();
        TestSite run = review(repo, "security-policy", "--date", "2024-07-02");
        assertEquals(0, run.exitCode, run.stderr);
        assertEquals(SECURITY.replace("'2024-01-15'", "'2024-07-02'"), read(repo, "content/security-policy.md"));
    }

    @Test
    void printsTheNextReviewDateTheBuildWillShow() {
        TestRepo repo = repo();
        TestSite run = review(repo, "content/security-policy.md", "--date", "2024-07-02");
        assertEquals("content/security-policy.md: last_reviewed 2024-07-02 (was 2024-01-15); next review 2025-01-02"
                + " (semiannual)\n", run.stdout.replace("\r\n", "\n"));
        repo.commit("security: 2024-Q3 review", "2024-07-02T10:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2024-07-10");
        assertEquals("2024-07-02", site.policy("security-policy").get("lastReviewed").asText());
        assertEquals("2025-01-02", site.policy("security-policy").get("nextReview").asText());
        assertTrue(site.exists("/security-policy/2024-q3/"), "the commit is a review with its own page");
    }

    @Test
    void addsTheKeyWhenMissingKeepingCrlfAndCreatesFrontMatterWhenThereIsNone() throws IOException {
        TestRepo repo = repo();
        TestSite run = review(repo, "privacy/notice", "content/incident.md", "--today", "2024-03-05");
        assertEquals(0, run.exitCode, run.stderr);
        assertEquals("---\r\ntitle: Privacy Notice\r\nlast_reviewed: 2024-03-05\r\n---\r\nWe keep little.\r\n",
                read(repo, "content/privacy/notice.md"));
        assertEquals("---\nlast_reviewed: 2024-03-05\n---\n# Incident Response\n\nCall us.\n", read(repo, "content/incident.md"));
        assertTrue(run.stdout.contains("content/privacy/notice.md: last_reviewed 2024-03-05 (added); next review 2025-03-05"
                + " (annual, the site default)"), run.stdout);
        assertEquals("", run.stderr);
    }

    @Test
    void aPolicyReviewedForTheFirstTimeKeepsItsEarlierReviewPages() {
        TestRepo repo = repo();
        repo.write("content/incident.md", "# Incident Response\n\nCall us quickly.\n");
        repo.commit("incident: faster", "2024-04-20T10:00:00Z");
        TestSite before = TestSite.build(repo, tmp.resolve("before"), "2024-05-01");
        String q2 = before.select("/incident/2024-q2/", "article.policy-body").text();
        assertEquals(0, review(repo, "incident", "--date", "2024-05-02").exitCode);
        repo.commit("incident: 2024-Q2 review", "2024-05-02T10:00:00Z");
        TestSite after = TestSite.build(repo, tmp.resolve("after"), "2024-05-03");
        assertEquals(q2, after.select("/incident/2024-q2/", "article.policy-body").text(), "the old URL shows the same text");
        assertTrue(after.exists("/incident/2024-q1/"));
        assertEquals("2024-Q2-2", after.policy("incident").get("reviews").get(2).get("label").asText());
        assertEquals("2024-05-02", after.policy("incident").get("lastReviewed").asText());
    }

    @Test
    void todayComesFromSourceDateEpochOrTodayLikeBuild() throws IOException {
        TestRepo repo = repo();
        assertEquals(0, review(repo, "security-policy", "--today", "2024-05-06").exitCode);
        assertTrue(read(repo, "content/security-policy.md").contains("last_reviewed: '2024-05-06'"));
    }

    @Test
    void anUnknownPolicyIsAnErrorAndNothingIsWritten() throws IOException {
        TestRepo repo = repo();
        TestSite run = review(repo, "security-policy", "no-such-policy", "--date", "2024-07-02");
        assertEquals(1, run.exitCode);
        assertTrue(run.stderr.startsWith("error: unknown policy 'no-such-policy'"), run.stderr);
        assertTrue(run.stderr.contains("security-policy"), "lists the known slugs: " + run.stderr);
        assertEquals(SECURITY, read(repo, "content/security-policy.md"), "the known policy was not written either");
    }

    @Test
    void aBadDateIsAnErrorWithExitCodeOne() throws IOException {
        TestRepo repo = repo();
        TestSite run = review(repo, "security-policy", "--date", "2024-13-01");
        assertEquals(1, run.exitCode);
        assertEquals("error: --date '2024-13-01' is not a date (expected YYYY-MM-DD, e.g. 2024-03-31)",
                run.stderr.strip());
        assertEquals(SECURITY, read(repo, "content/security-policy.md"));
    }

    @Test
    void aBrokenFileIsAnErrorWithItsLineAndNothingIsWritten() throws IOException {
        TestRepo repo = repo();
        repo.write("content/broken.md", "---\ntitle: Broken\nstatus: sideways\n---\n");
        TestSite run = review(repo, "security-policy", "broken", "--date", "2024-07-02");
        assertEquals(1, run.exitCode);
        assertEquals("content/broken.md:3:9: error: status 'sideways' is not known (use published, draft or retired)",
                run.stderr.strip());
        assertEquals(SECURITY, read(repo, "content/security-policy.md"));
    }

    @Test
    void aStaleExplicitNextReviewIsAWarningWithItsLine() throws IOException {
        TestRepo repo = repo();
        repo.write("content/vendor.md", "---\ntitle: Vendors\nlast_reviewed: 2024-01-10\nnext_review: 2024-04-01\n---\n");
        TestSite run = review(repo, "vendor", "--date", "2024-07-02");
        assertEquals(0, run.exitCode, run.stderr);
        assertTrue(run.stderr.contains("content/vendor.md:4: warning: next_review 2024-04-01 is not after the new review"
                + " date 2024-07-02"), run.stderr);
        assertTrue(run.stdout.contains("next review 2024-04-01 (next_review in the front matter)"), run.stdout);
        assertTrue(read(repo, "content/vendor.md").contains("next_review: 2024-04-01\n"), "left for the writer to decide");
    }

    @Test
    void aDateBeforeThePreviousReviewIsRecordedWithAWarning() throws IOException {
        TestRepo repo = repo();
        TestSite run = review(repo, "security-policy", "--date", "2023-12-01");
        assertEquals(0, run.exitCode, run.stderr);
        assertTrue(run.stderr.contains("content/security-policy.md:5: warning: the review date 2023-12-01 is before the"
                + " previous one, 2024-01-15"), run.stderr);
        assertTrue(read(repo, "content/security-policy.md").contains("last_reviewed: '2023-12-01'"));
    }

    @Test
    void severalPoliciesAreReviewedAtOnceAndTheSameDateTwiceChangesNothing() throws IOException {
        TestRepo repo = repo();
        TestSite run = review(repo, "security-policy", "privacy/notice", "content/security-policy.md", "--date", "2024-07-02");
        assertEquals(0, run.exitCode, run.stderr);
        Matcher lines = Pattern.compile("(?m)^content/\\S+: last_reviewed 2024-07-02").matcher(run.stdout);
        assertEquals(2, lines.results().count(), "one line per policy, named twice or not: " + run.stdout);
        String once = read(repo, "content/security-policy.md");
        TestSite again = review(repo, "security-policy", "--date", "2024-07-02");
        assertTrue(again.stdout.contains("(already; file unchanged)"), again.stdout);
        assertEquals(once, read(repo, "content/security-policy.md"));
    }
}
