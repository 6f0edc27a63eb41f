package dev.trustcenter.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.testing.TestRepo;
import dev.trustcenter.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {{ name }} placeholders: every version renders the values as of that version. */
class PlaceholdersEndToEndTest {

    private static final String BODY = """
            # {{ title }}

            Reviewed {{ last_reviewed }} ({{ review_label }}). Next review: {{ next_review }}.

            Templates write `{{ next_review }}`.
            """;

    @TempDir
    Path tmp;

    private static String policy(String reviewed, String body) {
        return "---\ntitle: Security Policy\nlast_reviewed: " + reviewed + "\n---\n" + body;
    }

    private TestRepo twoReviewsAndAChange() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/security.md", policy("2017-06-18", BODY));
        repo.commit("security: first version", "2017-06-18T10:00:00Z");
        repo.write("content/security.md", policy("2017-09-12", BODY));
        repo.commit("security: 2017-Q3 review", "2017-09-12T10:00:00Z");
        repo.write("content/security.md", policy("2017-09-12", BODY + "\nWe also encrypt backups.\n"));
        repo.commit("security: backups", "2017-10-02T10:00:00Z");
        return repo;
    }

    private static String firstParagraph(TestSite site, String page) {
        return site.select(page, "article.policy-body p").text();
    }

    @Test
    void eachReviewPageShowsTheValuesOfItsOwnVersion() {
        TestSite site = TestSite.build(twoReviewsAndAChange(), tmp.resolve("site"), "2017-10-10");
        assertEquals("Reviewed 18 June 2017 (2017-Q2). Next review: 18 September 2017.", firstParagraph(site, "/security/2017-q2/"));
        assertEquals("Reviewed 12 September 2017 (2017-Q3). Next review: 12 December 2017.", firstParagraph(site, "/security/2017-q3/"));
        assertEquals("Security Policy", site.select("/security/2017-q2/", "article.policy-body h1").text());
    }

    @Test
    void theCurrentPageAndARevisionSinceTheLastReviewShowTheLastReview() {
        TestRepo repo = twoReviewsAndAChange();
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2017-10-10");
        String current = "Reviewed 12 September 2017 (2017-Q3). Next review: 12 December 2017.";
        assertEquals(current, firstParagraph(site, "/security/"));
        String unreviewed = site.policy("security").get("revisions").get(2).get("url").asText();
        assertEquals(current, firstParagraph(site, unreviewed));
        assertEquals("2017-12-12", site.select("/security/", "[data-next-review]").attr("data-next-review"),
                "the text and the banner agree");
    }

    @Test
    void aRevisionBetweenReviewsShowsTheReviewInEffectNotTheOneThatWillCoverIt() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/security.md", policy("2017-06-18", BODY));
        repo.commit("security: first version", "2017-06-18T10:00:00Z");
        repo.write("content/security.md", policy("2017-06-18", BODY + "\nDraft of a new rule.\n"));
        repo.commit("security: draft a rule", "2017-08-01T10:00:00Z");
        repo.write("content/security.md", policy("2017-09-12", BODY + "\nDraft of a new rule.\n"));
        repo.commit("security: 2017-Q3 review", "2017-09-12T10:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2017-10-10");
        var between = site.policy("security").get("revisions").get(1);
        assertEquals("2017-Q3", between.get("label").asText(), "policies.json names the review covering it");
        assertEquals("Reviewed 18 June 2017 (2017-Q2). Next review: 18 September 2017.",
                firstParagraph(site, between.get("url").asText()), "its text names the review in effect then");
    }

    @Test
    void codeSpansKeepThePlaceholderLiteral() {
        TestSite site = TestSite.build(twoReviewsAndAChange(), tmp.resolve("site"), "2017-10-10");
        assertEquals("{{ next_review }}", site.select("/security/", "article.policy-body p code").text());
    }

    @Test
    void theDiffBetweenTwoReviewsShowsTheDateChangeAsAWordChange() {
        TestSite site = TestSite.build(twoReviewsAndAChange(), tmp.resolve("site"), "2017-10-10");
        Element diff = site.select("/security/compare/2017-q2...2017-q3/", "article.policy-diff");
        String deleted = String.join(" ", diff.select("del").eachText());
        String inserted = String.join(" ", diff.select("ins").eachText());
        assertTrue(deleted.contains("June") && deleted.contains("September"), deleted);
        assertTrue(inserted.contains("September") && inserted.contains("December") && inserted.contains("Q3"), inserted);
        assertFalse(deleted.contains("Reviewed") || inserted.contains("Reviewed"), "unchanged words are not marked");
    }

    @Test
    void aReviewThatOnlyMovesThePlaceholderDatesChangedNoText() {
        TestSite site = TestSite.build(twoReviewsAndAChange(), tmp.resolve("site"), "2017-10-10");
        var review = site.policy("security").get("reviews").get(1);
        assertEquals("none", review.get("changeType").asText(), "the text as written is the same");
        assertFalse(review.get("textChanged").asBoolean());
        var diff = site.policy("security").get("diffs").get(0);
        assertTrue(diff.get("wordsAdded").asInt() > 0, "the page still shows the dates that changed");
    }

    @Test
    void anUnknownPlaceholderFailsTheBuildWithFileAndLineAndKeepsThePreviousSite() throws Exception {
        TestRepo repo = twoReviewsAndAChange();
        Path out = tmp.resolve("site");
        TestSite.build(repo, out, "2017-10-10");
        byte[] before = Files.readAllBytes(out.resolve("security/index.html"));
        repo.write("content/security.md", policy("2017-09-12", BODY + "\nOwner: {{ owner }}.\n"));
        repo.commit("security: name the owner", "2017-10-05T10:00:00Z");
        TestSite failed = TestSite.run(out, "build", "--repo", repo.dir().toString(), "--out", out.toString(),
                "--today", "2017-10-10");
        assertEquals(1, failed.exitCode);
        assertTrue(failed.stderr.startsWith("content/security.md:11:8: error: unknown placeholder {{ owner }}"), failed.stderr);
        assertFalse(failed.stderr.contains("Exception"), failed.stderr);
        assertEquals(new String(before), Files.readString(out.resolve("security/index.html")));
        try (var siblings = Files.list(tmp)) {
            assertEquals(List.of(), siblings.filter(p -> p.getFileName().toString().startsWith(".site")).toList());
        }
    }

    @Test
    void anUnknownPlaceholderInAnOlderRevisionIsAWarningAndShownAsWritten() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/security.md", policy("2017-06-18", "Owner: {{ owner }}.\n"));
        String first = repo.commit("security: first version", "2017-06-18T10:00:00Z");
        repo.write("content/security.md", policy("2017-09-12", "Owner: the CISO.\n"));
        repo.commit("security: 2017-Q3 review", "2017-09-12T10:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2017-10-10");
        assertTrue(site.stderr.contains("content/security.md:5:8: warning: unknown placeholder {{ owner }}"), site.stderr);
        assertTrue(site.stderr.contains("(in commit " + first.substring(0, 12) + "; shown as written)"), site.stderr);
        assertEquals("Owner: {{ owner }}.", firstParagraph(site, "/security/2017-q2/"));
    }
}
