package dev.trustcenter.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustcenter.testing.TestRepo;
import dev.trustcenter.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The core issue end to end: real repositories with back-dated commits, built, pages read back. */
class BuildEndToEndTest {

    @TempDir
    Path tmp;

    private static String policy(String title, String reviewed, String body) {
        return "---\ntitle: " + title + "\nowner: Head of Security\ncategory: Security\n"
                + (reviewed == null ? "" : "last_reviewed: " + reviewed + "\n") + "---\n" + body + "\n";
    }

    private TestRepo threeReviews() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/_index.md", "---\ncompany: Acme\ntitle: Acme Trust Center\nbase_url: https://trust.acme.test\n---\nWelcome to **Acme**.\n");
        repo.write("content/security.md", policy("Security Policy", "2017-06-18", "## Encryption\n\nWe encrypt data at rest."));
        repo.commit("security: first version", "2017-06-18T10:00:00Z");
        repo.write("content/security.md", policy("Security Policy", "2017-09-12", "## Encryption\n\nWe encrypt all data at rest."));
        repo.commit("security: 2017-Q3 review\n\nApproved-by: Dana Chief <dana@acme.test>", "2017-09-12T10:00:00Z");
        repo.write("content/security.md", policy("Security Policy", "2017-12-01", "## Encryption\n\nWe encrypt all data at rest."));
        repo.commit("security: 2017-Q4 review, no changes", "2017-12-01T10:00:00Z");
        repo.write("content/security.md", policy("Security Policy", "2017-12-01", "## Encryption\n\nWe encrypt all data at rest and in transit."));
        repo.commit("security: mention transit", "2017-12-20T10:00:00Z");
        return repo;
    }

    @Test
    void everyReviewGetsAPermanentPageShowingTheTextOfItsCommit() {
        TestSite site = TestSite.build(threeReviews(), tmp.resolve("site"), "2018-01-10");
        assertEquals("We encrypt data at rest.", site.select("/security/2017-q2/", "article.policy-body p").text());
        assertEquals("We encrypt all data at rest.", site.select("/security/2017-q3/", "article.policy-body p").text());
        assertEquals("We encrypt all data at rest and in transit.", site.select("/security/", "article.policy-body p").text());
        assertTrue(site.exists("/security/2017-q4/"));
    }

    @Test
    void aReviewThatChangedNothingSaysSoOnItsPageAndKeepsTheDateTheTextWasEdited() {
        TestSite site = TestSite.build(threeReviews(), tmp.resolve("site"), "2018-01-10");
        Document q4 = site.page("/security/2017-q4/");
        assertTrue(q4.selectFirst(".notice-archived").text().contains("The review changed nothing in the text."),
                q4.selectFirst(".notice-archived").text());
        // the text an auditor reads there was written on 12 Sep, reviewed again on 1 Dec
        assertEquals("2017-09-12T10:00:00Z", q4.select("span:containsOwn(Last edited) time").attr("datetime"));
        assertEquals("2017-09-12T10:00:00Z", site.page("/security/2017-q3/").select("span:containsOwn(Last edited) time").attr("datetime"));
        assertFalse(site.page("/security/2017-q3/").selectFirst(".notice-archived").text().contains("changed nothing"));
        assertEquals("2017-12-20T10:00:00Z", site.page("/security/").select("span:containsOwn(Last edited) time").attr("datetime"));
    }

    @Test
    void historyListsReviewsNewestFirstWithTheirRevisions() {
        TestSite site = TestSite.build(threeReviews(), tmp.resolve("site"), "2018-01-10");
        Document history = site.page("/security/history/");
        String text = history.text();
        assertTrue(text.indexOf("2017-Q4") < text.indexOf("2017-Q3") && text.indexOf("2017-Q3") < text.indexOf("2017-Q2"), text);
        assertTrue(text.contains("Dana Chief"), "approver from the Approved-by trailer");
        assertTrue(text.toLowerCase().contains("no changes"), "a date-only review reads as reviewed, no changes");
        assertTrue(text.contains("security: mention transit"), "changes since the last review are listed");
        // each review's link names it to screen readers, which list links out of context
        assertEquals("Compare 2017-Q3 with previous review",
                history.selectFirst("a[href=/security/compare/2017-q2...2017-q3/]").text());
    }

    @Test
    void archivedVersionSaysWhichReviewOrRevisionSupersedesIt() {
        TestSite site = TestSite.build(threeReviews(), tmp.resolve("site"), "2018-01-10");
        Document q2 = site.page("/security/2017-q2/");
        String notice = q2.selectFirst(".notice-archived").text();
        assertTrue(notice.contains("superseded by the 2017-Q3 review"), notice);
        assertEquals(notice.indexOf("superseded"), notice.lastIndexOf("superseded"), "said once: " + notice);
        assertNotNull(q2.selectFirst(".notice-archived a[href=/security/2017-q3/]"), "links the superseding review");
        assertNotNull(q2.selectFirst("a[href=/security/]"), "links the current version");
        assertNotNull(q2.selectFirst("a[href=/security/history/]"), "links the history");

        JsonNode revisions = site.policy("security").get("revisions");
        String q4Revision = revisions.get(2).get("url").asText();
        String last = revisions.get(3).get("id").asText();
        String revisionNotice = site.page(q4Revision).selectFirst(".notice-archived").text();
        assertTrue(revisionNotice.contains("superseded by revision " + last + "."), revisionNotice);
    }

    @Test
    void theCurrentTextsPermanentPageIsLabelledCurrentAndARevisionNamesTheReviewThatSupersededIt() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        String edit = reviewedEditedReviewed(repo);
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2024-07-01");

        String latest = site.page("/security/2024-q2/").selectFirst(".notice-archived p").text();
        assertTrue(latest.startsWith("Current version. Security Policy as reviewed in 2024-Q2 (20 Jun 2024)."), latest);
        assertFalse(latest.contains("Archived"), latest);
        String first = site.page("/security/2024-q1/").selectFirst(".notice-archived p").text();
        assertTrue(first.startsWith("Archived version."), first);

        Document revision = site.page("/security/revisions/" + edit.substring(0, 12) + "/");
        assertTrue(revision.selectFirst(".notice-archived p").text().endsWith("It has been superseded by the 2024-Q2 review."),
                revision.selectFirst(".notice-archived p").text());
        assertNotNull(revision.selectFirst(".notice-archived a[href=/security/2024-q2/]"));
        assertTrue(revision.text().contains("Last reviewed 10 Jan 2024"), "a revision between reviews names the last one");
    }

    @Test
    void policiesJsonDescribesRevisionsAndReviews() {
        TestSite site = TestSite.build(threeReviews(), tmp.resolve("site"), "2018-01-10");
        JsonNode p = site.policy("security");
        assertEquals("Security Policy", p.get("title").asText());
        assertEquals("content/security.md", p.get("source").asText());
        assertEquals("/security/", p.get("url").asText());
        assertEquals("2017-12-01", p.get("lastReviewed").asText());
        assertEquals("2018-03-01", p.get("nextReview").asText());
        assertEquals("current", p.get("reviewStatus").asText());
        assertTrue(p.get("unreviewedChanges").asBoolean());
        JsonNode revisions = p.get("revisions");
        assertEquals(4, revisions.size());
        JsonNode first = revisions.get(0);
        assertEquals(40, first.get("commit").asText().length());
        assertEquals("2017-06-18T10:00:00Z", first.get("date").asText());
        assertEquals("content/security.md", first.get("source").asText());
        assertTrue(first.get("review").asBoolean());
        assertEquals("2017-Q2", first.get("label").asText());
        assertEquals("security: first version", first.get("subject").asText());
        assertEquals("Alice Author", first.get("author").asText());
        assertTrue(first.get("url").asText().startsWith("/security/revisions/"));
        assertTrue(revisions.get(3).get("label").isNull(), "unreviewed revision has no label");
        List<String> labels = new ArrayList<>();
        p.get("reviews").forEach(r -> labels.add(r.get("label").asText()));
        assertEquals(List.of("2017-Q2", "2017-Q3", "2017-Q4"), labels);
        assertEquals("Dana Chief", p.get("reviews").get(1).get("approvedBy").asText());
        assertEquals("/security/2017-q3/", p.get("reviews").get(1).get("url").asText());
    }

    @Test
    void nextReviewBannerSaysCurrentDueSoonOrOverdue() {
        TestRepo repo = threeReviews();
        assertEquals("Next review by 1 Mar 2018", bannerOn(repo, "2018-01-10"));
        assertEquals("Review due in 5 days (1 Mar 2018)", bannerOn(repo, "2018-02-24"));
        assertEquals("Review due today (1 Mar 2018)", bannerOn(repo, "2018-03-01"));
        assertEquals("Review overdue since 1 Mar 2018", bannerOn(repo, "2018-07-01"));
    }

    private String bannerOn(TestRepo repo, String today) {
        TestSite site = TestSite.build(repo, tmp.resolve("site-" + today), today);
        Element banner = site.select("/security/", "[data-next-review]");
        assertEquals("2018-03-01", banner.attr("data-next-review"));
        assertNotNull(site.page("/").selectFirst("[data-next-review=2018-03-01]"), "home page shows the banner too");
        return banner.text();
    }

    /** security.md, added in January 2020 and renamed to security-policy.md in February. */
    private TestRepo securityRenamedInFebruary() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/security.md", policy("Security", "2020-01-10", "Text one."));
        repo.commit("add", "2020-01-10T09:00:00Z");
        repo.move("content/security.md", "content/security-policy.md");
        repo.commit("rename", "2020-02-10T09:00:00Z");
        return repo;
    }

    @Test
    void renamedPolicyKeepsItsWholeHistory() {
        TestRepo repo = securityRenamedInFebruary();
        repo.write("content/security-policy.md", policy("Security", "2020-04-10", "Text two."));
        repo.commit("review", "2020-04-10T09:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2020-05-01");
        JsonNode p = site.policy("security-policy");
        assertEquals(3, p.get("revisions").size());
        assertEquals("content/security.md", p.get("revisions").get(0).get("source").asText());
        assertEquals("Text one.", site.select("/security-policy/2020-q1/", "article.policy-body p").text());
    }

    /** Also under a base URL with a sub-path, as a project's GitHub Pages site has. */
    @ParameterizedTest
    @ValueSource(strings = {"", "https://example.com/a-longer/sub-path/"})
    void aRenamedPolicysOldAddressesSendReadersToItsPages(String baseUrl) throws java.io.IOException {
        String[] base = baseUrl.isEmpty() ? new String[0] : new String[] {"--base-url", baseUrl};
        String prefix = baseUrl.isEmpty() ? "" : java.net.URI.create(baseUrl).getPath().replaceAll("/$", "");
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/security.md", policy("Security", "2020-01-10", "Text one."));
        repo.commit("add", "2020-01-10T09:00:00Z");
        repo.write("content/security.md", policy("Security", "2020-01-10", "Text one, edited."));
        String edit = repo.commit("edit", "2020-01-20T09:00:00Z");
        TestSite before = TestSite.build(repo, tmp.resolve("before"), "2020-01-30", base);
        repo.move("content/security.md", "content/security-policy.md");
        repo.commit("rename", "2020-02-10T09:00:00Z");
        repo.write("content/security-policy.md", policy("Security", "2020-04-10", "Text two."));
        repo.commit("review", "2020-04-10T09:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2020-05-01", base);

        List<String> oldPages = new ArrayList<>();
        try (var files = Files.walk(before.out().resolve("security"))) {
            files.filter(f -> f.getFileName().toString().equals("index.html"))
                    .forEach(f -> oldPages.add("/" + before.out().relativize(f.getParent()).toString().replace('\\', '/') + "/"));
        }
        assertTrue(oldPages.contains("/security/revisions/" + edit.substring(0, 12) + "/"), oldPages.toString());
        assertTrue(oldPages.stream().anyMatch(p -> p.contains("/compare/")), oldPages.toString());
        for (String old : oldPages) {
            String moved = "/security-policy/" + old.substring("/security/".length());
            Document page = site.page(old);
            assertEquals("0; url=" + prefix + moved, page.select("meta[http-equiv=refresh]").attr("content"), old);
            assertEquals(prefix + moved, page.select("main a").attr("href"), old);
            assertTrue(site.exists(moved), moved + " exists for " + old);
        }
        assertFalse(site.page("/sitemap.xml").text().contains("/security/"), "old addresses stay out of the sitemap");
        assertEquals(site.text("/security-policy/feed.xml"), site.text("/security/feed.xml"), "subscribers keep the feed");
        assertEquals(site.text("/security-policy/feed-material.xml"), site.text("/security/feed-material.xml"));
    }

    @Test
    void aSlugThatIsTheAddressOfOtherPagesStopsTheBuildUntilTheFileMovesAndThenStaysOut() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/security.md", policy("Security", "2020-01-10", "Security text."));
        repo.write("content/search.md", policy("Search", "2020-01-10", "Search text."));
        repo.write("content/security/history.md", policy("History notes", "2020-01-10", "Notes."));
        repo.commit("add", "2020-01-10T09:00:00Z");
        Path out = tmp.resolve("site");
        TestSite failed = TestSite.run(out, "build", "--repo", repo.dir().toString(), "--out", out.toString(),
                "--today", "2020-02-01");
        assertEquals(1, failed.exitCode);
        assertTrue(failed.stderr.contains("content/search.md:1: error: policy slug 'search' is the address of the site's search"
                + " page (/search/): rename or move the file"), failed.stderr);
        assertFalse(Files.exists(out));

        // history cannot be rewritten: once the files move, the build must work again
        repo.move("content/search.md", "content/search-policy.md");
        repo.delete("content/security/history.md");
        repo.commit("move them", "2020-01-20T09:00:00Z");
        TestSite site = TestSite.build(repo, out, "2020-02-01");
        assertTrue(site.stderr.contains("content/security/history.md: warning: policy slug 'security/history' is the"
                + " address of the pages of policy 'security'"), site.stderr);
        assertEquals("History of Security", site.select("/security/history/", "h1").text());
        assertTrue(site.page("/search/").select("meta[http-equiv=refresh]").isEmpty(), "the search page stays the search page");
        assertEquals("Search text.", site.select("/search-policy/", "article.policy-body p").text());
        List<String> slugs = new ArrayList<>();
        site.policiesJson().get("policies").forEach(p -> slugs.add(p.get("slug").asText()));
        assertEquals(List.of("search-policy", "security"), slugs);
    }

    @Test
    void angleBracketDestinationsMayHoldSpacesAndAssetLinksAreEncoded() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/my dir/my file.md", policy("Mine", "2020-01-10", "## Sec\n\nText."));
        repo.write("content/d ü.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        repo.write("content/a.md", policy("A", "2020-01-10", "See [that](<my dir/my file.md#sec>) and ![diagram](<d ü.svg>)."));
        repo.commit("add", "2020-01-10T09:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2020-02-01");
        Element body = site.select("/a/", "article.policy-body");
        assertEquals("/my-dir/my-file/#sec", body.select("a").attr("href"));
        assertEquals("/d%20%C3%BC.svg", body.select("img").attr("src"));
        assertTrue(site.exists("/d ü.svg"));
    }

    /** {@link dev.trustcenter.content.Slugs#takenAddress} repeats the URL scheme's folder names: keep them in step. */
    @Test
    void everyFolderOfAPolicysPagesAndEverySiteFileIsOneThatSlugsReserve() throws java.io.IOException {
        TestSite site = TestSite.build(threeReviews(), tmp.resolve("site"), "2018-01-10");
        List<String> folders = new ArrayList<>();
        try (var list = Files.list(site.out().resolve("security"))) {
            list.filter(Files::isDirectory).forEach(f -> folders.add(f.getFileName().toString()));
        }
        assertTrue(folders.containsAll(List.of("history", "compare", "revisions", "2017-q2")), folders.toString());
        for (String folder : folders) {
            assertNotNull(dev.trustcenter.content.Slugs.takenAddress("security/" + folder, java.util.Set.of("security")),
                    folder + " is a folder of the policy's pages that a nested policy could take");
        }
        List<String> siteFiles = new ArrayList<>();
        for (String folder : List.of("", "assets", "search")) {
            try (var list = Files.list(site.out().resolve(folder))) {
                list.filter(Files::isRegularFile).forEach(f -> siteFiles.add(site.out().relativize(f).toString().replace('\\', '/')));
            }
        }
        for (String file : siteFiles) {
            assertNotNull(dev.trustcenter.content.Slugs.takenFile(file, java.util.Set.of()), file + " is one of the site's own files");
        }
    }

    @Test
    void hiddenFilesAndFoldersAreNotPublishedAsAssets() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/security.md", policy("Security", "2020-01-10", "![logo](img/logo.svg)"));
        repo.write("content/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        repo.write("content/.secret/key.txt", "not for customers");
        repo.write("content/_notes/draft.png", "not for customers");
        repo.write("content/img/.env", "not for customers");
        repo.commit("add", "2020-01-10T09:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2020-02-01");
        assertTrue(site.exists("/img/logo.svg"));
        assertFalse(site.exists("/.secret/key.txt"));
        assertFalse(site.exists("/_notes/draft.png"));
        assertFalse(site.exists("/img/.env"));
    }

    /** A routine reorganisation must not cut the history, and so the permanent pages, of every policy. */
    @Test
    void movingTheContentFolderKeepsEveryPolicysHistory() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("policies/a.md", policy("A", "2021-01-05", "One."));
        repo.write("policies/old.md", policy("Old", "2021-01-05", "Old text."));
        repo.write("policies/b.md", policy("B", "2021-01-05", "Bee."));
        repo.write("policies/notes.md", policy("Notes", "2021-01-05", "Working notes."));
        repo.commit("add", "2021-01-05T09:00:00Z");
        repo.write("policies/a.md", policy("A", "2021-04-06", "Two."));
        repo.delete("policies/old.md");
        repo.commit("a: Q2 review; retire old", "2021-04-06T09:00:00Z");
        repo.move("policies/a.md", "docs/policies/a.md").move("policies/b.md", "docs/policies/b.md");
        repo.commit("Move the policies under docs/", "2021-05-01T09:00:00Z");
        repo.write("policies/notes.md", policy("Notes", "2021-01-05", "Working notes, left behind."));
        repo.commit("notes stay where they were", "2021-05-02T09:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2021-05-10", "--content", "docs/policies");

        JsonNode a = site.policy("a");
        assertEquals(List.of("/a/2021-q1/", "/a/2021-q2/"),
                a.get("reviews").findValues("url").stream().map(JsonNode::asText).toList());
        assertEquals(List.of("policies/a.md", "policies/a.md", "docs/policies/a.md"),
                a.get("revisions").findValues("source").stream().map(JsonNode::asText).toList());
        assertEquals("One.", site.select("/a/2021-q1/", "article.policy-body p").text());
        assertTrue(site.policy("old").get("retired").asBoolean(), "deleted before the move, still retired on the site");
        assertEquals(List.of("a", "b", "old"),
                site.policiesJson().get("policies").findValues("slug").stream().map(JsonNode::asText).toList());
        assertFalse(site.exists("/notes/"), "a file the move left behind in the old folder is no policy");
    }

    /** One file renamed on the way must not cost the others their history. */
    @Test
    void aFolderMovedWhileOneOfItsFilesWasRenamedKeepsEveryHistory() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("policies/a.md", policy("A", "2021-01-05", "One.")).write("policies/b.md", policy("B", "2021-01-05", "Bee."))
                .write("policies/crypto.md", policy("Crypto", "2021-01-05", "Keys are rotated."));
        repo.commit("add", "2021-01-05T09:00:00Z");
        repo.move("policies/a.md", "docs/policies/a.md").move("policies/b.md", "docs/policies/b.md")
                .move("policies/crypto.md", "docs/policies/cryptography.md");
        repo.commit("Move the policies under docs/, and name crypto in full", "2021-05-01T09:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2021-05-10", "--content", "docs/policies");

        assertEquals(2, site.policy("a").get("revisions").size());
        assertEquals(List.of("policies/crypto.md", "docs/policies/cryptography.md"),
                site.policy("cryptography").get("revisions").findValues("source").stream().map(JsonNode::asText).toList());
        assertTrue(site.exists("/crypto/2021-q1/"), "the renamed policy's old address leads on");
    }

    @Test
    void movingThePoliciesToTheRepositorysTopKeepsTheirHistory() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("policies/a.md", policy("A", "2021-01-05", "One.")).write("policies/b.md", policy("B", "2021-01-05", "Bee."));
        repo.commit("add", "2021-01-05T09:00:00Z");
        repo.write("policies/a.md", policy("A", "2021-04-06", "Two."));
        repo.commit("a: Q2 review", "2021-04-06T09:00:00Z");
        repo.move("policies/a.md", "a.md").move("policies/b.md", "b.md");
        repo.commit("Policies at the top", "2021-05-01T09:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2021-05-10", "--content", ".");

        assertEquals(List.of("/a/2021-q1/", "/a/2021-q2/"),
                site.policy("a").get("reviews").findValues("url").stream().map(JsonNode::asText).toList());
        assertEquals("One.", site.select("/a/2021-q1/", "article.policy-body p").text());
    }

    /** Copied as it is, a draft saved as {@code .MD} or {@code .markdown} would publish its source. */
    @Test
    void markdownUnderAnotherExtensionIsNotPublishedAndTheBuildSaysWhy() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/security.md", policy("Security", "2020-01-10", "Text."));
        repo.write("content/UPPER.MD", "---\ntitle: Upper\nstatus: draft\n---\nSecret draft.\n");
        repo.write("content/notes/long.markdown", "---\ntitle: Long\nstatus: draft\n---\nSecret draft.\n");
        repo.commit("add", "2020-01-10T09:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2020-02-01");
        assertEquals(0, site.exitCode, site.stderr);
        assertFalse(site.exists("/UPPER.MD"));
        assertFalse(site.exists("/notes/long.markdown"));
        assertTrue(site.stderr.contains("content/UPPER.MD: warning: not published: only files whose names end in '.md' are"
                + " policies (rename it to UPPER.md)"), site.stderr);
        assertTrue(site.stderr.contains("content/notes/long.markdown: warning: not published"), site.stderr);
    }

    @Test
    void aFormerSlugThatAnotherPolicyTookIsThatPolicys() {
        TestRepo repo = securityRenamedInFebruary();
        repo.write("content/security.md", policy("Security Overview", "2020-03-10", "Overview."));
        repo.commit("a new policy under the old name", "2020-03-10T09:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2020-05-01");
        assertEquals("Overview.", site.select("/security/", "article.policy-body p").text());
        assertEquals("Overview.", site.select("/security/2020-q1/", "article.policy-body p").text());
        assertTrue(site.page("/security/2020-q1/").select("meta[http-equiv=refresh]").isEmpty());
    }

    @Test
    void deletedPolicyStaysOnTheSiteAsRetired() {
        TestRepo repo = threeReviews();
        repo.write("content/old.md", policy("Old Policy", "2017-01-01", "Old text."));
        repo.commit("add old", "2017-12-21T10:00:00Z");
        repo.delete("content/old.md");
        repo.commit("retire old", "2017-12-22T10:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2018-01-10");
        assertEquals("Old text.", site.select("/old/2017-q1/", "article.policy-body p").text());
        assertTrue(site.policy("old").get("retired").asBoolean());
        assertTrue(site.page("/").select("a[href=/old/]").size() > 0, "home lists the retired policy");
        assertTrue(site.page("/").text().contains("Retired"), site.page("/").text());
        assertTrue(site.select("/", ".policy-card-retired").text().contains("Retired on 22 Dec 2017"),
                site.select("/", ".policy-card-retired").text());
        assertNotNull(site.page("/old/").getElementById("retired"), "the feeds link to the notice");
        for (String page : List.of("/old/", "/old/history/")) {
            Element notice = site.select(page, ".notice-retired");
            assertTrue(notice.text().contains("Retired on 22 Dec 2017."), notice.text());
            assertEquals("2017-12-22", notice.selectFirst("time").attr("datetime"));
        }
        // a customer who follows the policy, or the site, hears of its retirement
        assertEquals("Old Policy retired on 22 Dec 2017 retired", site.select("/", ".change-list .change-retired").text());
        for (String feed : List.of("/feed.xml", "/feed-material.xml", "/old/feed.xml", "/old/feed-material.xml")) {
            Document atom = Jsoup.parse(site.text(feed), "", Parser.xmlParser());
            Element first = atom.selectFirst("entry");
            assertEquals("Old Policy retired", first.selectFirst("title").text(), feed);
            assertEquals("2017-12-22T00:00:00Z", first.selectFirst("updated").text(), feed);
            assertEquals("Retired on 22 Dec 2017: no longer in force. Its reviews stay published.", first.selectFirst("summary").text());
            assertEquals("https://trust.acme.test/old/#retired", first.selectFirst("link").attr("href"), "to the page's retirement notice");
        }
        assertTrue(site.text("/sitemap.xml").contains("<loc>https://trust.acme.test/old/</loc>\n    <lastmod>2017-12-22</lastmod>"),
                site.text("/sitemap.xml"));
    }

    @Test
    void aPolicyMarkedRetiredSaysSinceWhenItWasMarked() {
        TestRepo repo = threeReviews();
        repo.write("content/old.md", policy("Old Policy", "2017-01-01", "Old text."));
        repo.commit("add old", "2017-10-01T10:00:00Z");
        repo.write("content/old.md", policy("Old Policy", "2017-01-01", "Old text.").replace("---\nOld", "status: retired\n---\nOld"));
        repo.commit("retire old", "2017-11-02T10:00:00Z");
        repo.write("content/old.md", policy("Old Policy", "2017-01-01", "Old text, kept.").replace("---\nOld", "status: retired\n---\nOld"));
        repo.commit("edit the retired text", "2017-12-05T10:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2018-01-10");
        assertTrue(site.select("/old/", ".notice-retired").text().contains("Retired on 2 Nov 2017."),
                site.select("/old/", ".notice-retired").text());
    }

    @Test
    void onlyFirstParentCommitsAreRevisions() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/a.md", policy("A", "2021-01-05", "One."));
        repo.commit("add", "2021-01-05T09:00:00Z");
        repo.branch("edit").checkout("edit");
        repo.write("content/a.md", policy("A", "2021-01-05", "Two."));
        repo.commit("wip 1", "2021-01-06T09:00:00Z");
        repo.write("content/a.md", policy("A", "2021-02-01", "Three."));
        repo.commit("wip 2", "2021-01-07T09:00:00Z");
        repo.checkout("main");
        repo.merge("edit", "Merge pull request #1: Q1 review", "2021-02-01T09:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2021-02-02");
        JsonNode revisions = site.policy("a").get("revisions");
        assertEquals(2, revisions.size());
        assertEquals("Merge pull request #1: Q1 review", revisions.get(1).get("subject").asText());
    }

    /**
     * A pull request merged on a hosting service's site: the merge commit's author is who merged,
     * its committer the service, its body the pull request's title; the change's author and its
     * approval are on the branch's commits.
     */
    @Test
    void aPullRequestMergedWithAMergeCommitReadsAsThePullRequest() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/a.md", policy("A", "2021-01-05", "We keep logs for 90 days."));
        repo.commit("add", "2021-01-05T09:00:00Z");
        repo.branch("q1").checkout("q1").as("Wendy Writer", "wendy@acme.test");
        repo.write("content/a.md", policy("A", "2021-01-05", "We keep logs for 30 days."));
        repo.commit("a: keep logs for 30 days", "2021-01-20T09:00:00Z");
        repo.write("content/a.md", policy("A", "2021-02-01", "We keep logs for 30 days."));
        repo.commit("a: 2021-Q1 review\n\nApproved-by: Dana Chief <dana@acme.test>", "2021-02-01T08:00:00Z");
        repo.checkout("main").as("Mary Merger", "mary@acme.test").committedBy("GitHub", "noreply@github.com");
        repo.merge("q1", "Merge pull request #7 from acme/q1\n\na: Q1 review of the policy", "2021-02-01T09:00:00Z");
        repo.branch("fix").checkout("fix").as("Wendy Writer", "wendy@acme.test");
        repo.write("content/a.md", policy("A", "2021-02-01", "We keep logs for 30 days ."));
        repo.commit("a: spacing\n\nChange-Type: editorial", "2021-02-10T09:00:00Z");
        repo.checkout("main").as("Mary Merger", "mary@acme.test");
        repo.merge("fix", "Merge branch 'fix'", "2021-02-11T09:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2021-02-12");

        JsonNode p = site.policy("a");
        JsonNode merged = p.get("revisions").get(1);
        assertEquals("a: Q1 review of the policy (#7)", merged.get("subject").asText());
        assertEquals("Wendy Writer", merged.get("author").asText());
        assertEquals("Dana Chief", p.get("reviews").get(1).get("approvedBy").asText(), "the branch's trailer counts");
        JsonNode fix = p.get("revisions").get(2);
        assertEquals("a: spacing", fix.get("subject").asText(), "a merge without a title reads as its one commit");
        assertEquals("editorial", p.get("diffs").findValues("changeType").get(p.get("diffs").size() - 1).asText(),
                p.get("diffs").toString());
        String history = site.page("/a/history/").select(".revision-list").text();
        assertTrue(history.contains("a: Q1 review of the policy (#7) by Wendy Writer"), history);
    }

    /** An audit trail names who changed and who approved each policy, not everyone in the pull request. */
    @Test
    void aPullRequestThatChangesTwoPoliciesCreditsEachToTheCommitsThatChangedIt() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/a.md", policy("A", "2021-01-05", "One.")).write("content/b.md", policy("B", "2021-01-05", "Bee."));
        repo.commit("add", "2021-01-05T09:00:00Z");
        repo.branch("q1").checkout("q1").as("Alice Ayes", "alice@acme.test");
        repo.write("content/a.md", policy("A", "2021-02-01", "Two."));
        repo.commit("a: Q1 review\n\nApproved-by: Carla CISO <carla@acme.test>", "2021-01-20T09:00:00Z");
        repo.as("Bob Bees", "bob@acme.test").write("content/b.md", policy("B", "2021-02-01", "Bees."));
        repo.commit("b: Q1 review\n\nChange-Type: editorial", "2021-01-21T09:00:00Z");
        repo.checkout("main").as("Mary Merger", "mary@acme.test");
        repo.merge("q1", "Merge pull request #9 from acme/q1\n\nQ1 reviews", "2021-02-01T09:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2021-02-12");

        assertEquals("Alice Ayes", site.policy("a").get("revisions").get(1).get("author").asText());
        assertEquals("Carla CISO", site.policy("a").get("reviews").get(1).get("approvedBy").asText());
        assertEquals("Bob Bees", site.policy("b").get("revisions").get(1).get("author").asText());
        assertEquals("Mary Merger", site.policy("b").get("reviews").get(1).get("approvedBy").asText(),
                "Carla approved a's review only");
        assertEquals("material", site.policy("a").get("diffs").get(0).get("changeType").asText());
        assertEquals("editorial", site.policy("b").get("diffs").get(0).get("changeType").asText(), "Bob's commit says so");
    }

    /**
     * A writer's {@code git pull} merges main into an unpushed commit, then pushes: the published
     * revision it took in leaves the first-parent line, and its page must still lead somewhere.
     */
    @Test
    void aRevisionThatALaterMergeTookOffTheFirstParentLineSendsReadersToTheMerge() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/a.md", policy("A", "2021-01-05", "One.")).write("content/b.md", policy("B", "2021-01-05", "Bee."));
        repo.commit("add", "2021-01-05T09:00:00Z");
        repo.branch("bob").as("Rita Reviewer", "rita@acme.test");
        repo.write("content/a.md", policy("A", "2021-04-06", "Two."));
        String alice = repo.commit("a: Q2 review", "2021-04-06T09:00:00Z").substring(0, 12);
        TestSite before = TestSite.build(repo, tmp.resolve("before"), "2021-04-10");
        assertTrue(before.exists("/a/revisions/" + alice + "/"));

        repo.checkout("bob").as("Wendy Writer", "wendy@acme.test").write("content/b.md", policy("B", "2021-01-05", "Bees."));
        repo.commit("b: plural", "2021-04-07T09:00:00Z");
        String merge = repo.merge("main", "Merge branch 'main' of origin", "2021-04-07T09:05:00Z").substring(0, 12);
        TestSite after = TestSite.build(repo, tmp.resolve("after"), "2021-04-10", "--ref", "bob");

        assertEquals(List.of(merge), after.policy("a").get("revisions").findValues("id").stream().skip(1)
                .map(JsonNode::asText).toList(), "the merge is the revision now");
        Document moved = after.page("/a/revisions/" + alice + "/");
        assertEquals("/a/revisions/" + merge + "/", moved.selectFirst("main a").attr("href"));
        assertTrue(moved.text().contains("became part of a later merge"), moved.text());
        assertEquals("Rita Reviewer", after.policy("a").get("reviews").get(1).get("approvedBy").asText(),
                "the review stays Rita's, not Wendy's, who merged main into her own commit");
    }

    @Test
    void aMergeWithoutApprovedByIsApprovedByWhoMergedItNotTheServiceThatCommittedIt() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/a.md", policy("A", "2021-01-05", "One."));
        repo.commit("add", "2021-01-05T09:00:00Z");
        repo.branch("q1").checkout("q1").as("Wendy Writer", "wendy@acme.test");
        repo.write("content/a.md", policy("A", "2021-02-01", "Two."));
        repo.commit("a: 2021-Q1 review", "2021-02-01T08:00:00Z");
        repo.checkout("main").as("Mary Merger", "mary@acme.test").committedBy("GitHub", "noreply@github.com");
        repo.merge("q1", "Merge pull request #8 from acme/q1\n\nSigned-off-by: Mary Merger <mary@acme.test>", "2021-02-01T09:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2021-02-12");

        assertEquals("Mary Merger", site.policy("a").get("reviews").get(1).get("approvedBy").asText());
        assertEquals("a: 2021-Q1 review", site.policy("a").get("revisions").get(1).get("subject").asText());
    }

    @Test
    void policyWithoutReviewMetadataGetsAFullHistory() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("policies/plain.md", "# Plain policy\n\nVersion one.\n");
        repo.commit("one", "2019-02-01T09:00:00Z");
        repo.write("policies/plain.md", "# Plain policy\n\nVersion two.\n");
        repo.commit("two", "2019-05-01T09:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2019-06-01", "--content", "policies");
        JsonNode p = site.policy("plain");
        assertEquals("Plain policy", p.get("title").asText());
        assertEquals(2, p.get("reviews").size());
        assertEquals("2019-05-01", p.get("lastReviewed").asText());
        assertEquals("Version one.", site.select("/plain/2019-q1/", "article.policy-body p").text());
    }

    @Test
    void rawHtmlIsSanitizedAndRelativeLinksPointAtSitePages() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.files("""
                -- content/a.md --
                ---
                title: A
                ---
                See <abbr title="Multi-factor authentication">MFA</abbr><script>alert(1)</script>
                and the [policy B](sub/b.md#scope) <a href="javascript:alert(2)" onclick="x()">here</a>.
                -- content/sub/b.md --
                ---
                title: B
                ---
                ## Scope

                Back to [A](../a.md).
                """);
        repo.commit("add", "2022-01-01T00:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2022-01-02");
        Element body = site.select("/a/", "article.policy-body");
        assertTrue(body.select("script").isEmpty());
        assertTrue(body.select("[onclick]").isEmpty());
        assertTrue(body.select("a[href^=javascript]").isEmpty());
        assertEquals("Multi-factor authentication", body.selectFirst("abbr").attr("title"));
        assertNotNull(body.selectFirst("a[href=/sub/b/#scope]"), body.html());
        assertNotNull(site.select("/sub/b/", "article.policy-body").selectFirst("a[href=/a/]"));
        assertNotNull(site.select("/sub/b/", "article.policy-body h2#scope"));
    }

    @Test
    void malformedFrontMatterFailsWithFileAndLineAndKeepsThePreviousSite() throws Exception {
        TestRepo repo = threeReviews();
        Path out = tmp.resolve("site");
        TestSite.build(repo, out, "2018-01-10");
        byte[] before = Files.readAllBytes(out.resolve("security/index.html"));
        repo.write("content/security.md", "---\ntitle: Security\nlast_reviewed: 2018-02-31\n---\nText\n");
        repo.commit("broken", "2018-01-05T00:00:00Z");
        TestSite failed = TestSite.run(out, "build", "--repo", repo.dir().toString(), "--out", out.toString(), "--today", "2018-01-10");
        assertEquals(1, failed.exitCode);
        assertTrue(failed.stderr.startsWith("content/security.md:3:16: error: last_reviewed '2018-02-31' is not a date"), failed.stderr);
        assertFalse(failed.stderr.contains("Exception"), "no stack trace for a user error");
        assertEquals(new String(before), Files.readString(out.resolve("security/index.html")));
        try (var siblings = Files.list(tmp)) {
            assertEquals(List.of(), siblings.filter(p -> p.getFileName().toString().startsWith(".site")).toList(),
                    "no staging folder left behind");
        }
    }

    @Test
    void shallowCloneIsRefusedWithHowToFixIt() {
        TestRepo repo = threeReviews();
        Path clone = tmp.resolve("clone");
        repo.shallowClone(clone, 1);
        TestSite failed = TestSite.run(tmp, "build", "--repo", clone.toString(), "--out", tmp.resolve("s").toString());
        assertEquals(1, failed.exitCode);
        assertTrue(failed.stderr.contains("git fetch --unshallow") && failed.stderr.contains("fetch-depth: 0"), failed.stderr);
    }

    @Test
    void uncommittedChangesAreNotPublished() throws Exception {
        TestRepo repo = threeReviews();
        Files.writeString(repo.dir().resolve("content/security.md"), policy("Security Policy", "2018-01-01", "Draft words."));
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2018-01-10");
        assertEquals("We encrypt all data at rest and in transit.", site.select("/security/", "article.policy-body p").text());
        assertTrue(site.stderr.contains("uncommitted change"), site.stderr);
    }

    @Test
    void folderOutsideGitBuildsOneVersionPerFileWithAWarning() throws Exception {
        Path folder = tmp.resolve("plain");
        Files.createDirectories(folder.resolve("content"));
        Files.writeString(folder.resolve("content/a.md"), policy("A", "2023-01-01", "Only version."));
        TestSite site = TestSite.run(tmp.resolve("site"), "build", "--repo", folder.toString(), "--out", tmp.resolve("site").toString(),
                "--today", "2023-02-01");
        assertEquals(0, site.exitCode, site.stderr);
        assertTrue(site.stderr.contains("not in a git repository"), site.stderr);
        assertEquals(1, site.policy("a").get("revisions").size());
    }

    @Test
    void baseUrlMakesFeedAndSitemapLinksAbsolute() {
        TestSite site = TestSite.build(threeReviews(), tmp.resolve("site"), "2018-01-10", "--base-url", "https://example.test/trust/");
        String feed = site.text("/feed.xml");
        assertTrue(feed.contains("https://example.test/trust/security/2017-q3/"), feed);
        assertTrue(site.text("/sitemap.xml").contains("<loc>https://example.test/trust/security/</loc>"));
        assertNotNull(site.page("/security/").selectFirst("a[href=/trust/security/history/]"), "page links carry the base path");
        assertEquals("/security/", site.policy("security").get("url").asText(), "policies.json stays site-relative");
        assertEquals("https://example.test/trust/", site.policiesJson().get("baseUrl").asText(),
                "the base URL its URLs are relative to is the one given, over _index.md's base_url");
    }

    @Test
    void withoutABaseUrlTheBuildWarnsThatFeedsAndSitemapCannotBeFollowed() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/security.md", policy("Security Policy", "2017-06-18", "We encrypt data at rest."));
        repo.commit("security: first version", "2017-06-18T10:00:00Z");

        TestSite without = TestSite.build(repo, tmp.resolve("without"), "2018-01-10");
        assertEquals(0, without.exitCode, without.stderr);
        assertTrue(without.stderr.contains("warning: no base URL: the feeds and sitemap.xml link to site-relative"
                + " addresses, which feed readers and search engines cannot follow (set base_url in content/_index.md,"
                + " or pass --base-url)"), without.stderr);
        assertTrue(without.text("/feed.xml").contains("<id>/feed.xml</id>"), "built all the same");
        assertEquals("", without.policiesJson().get("baseUrl").asText());

        TestSite with = TestSite.build(repo, tmp.resolve("with"), "2018-01-10", "--base-url", "https://trust.acme.test/");
        assertFalse(with.stderr.contains("base URL"), with.stderr);
    }

    @Test
    void atomFeedsHaveAnEntryPerReview() {
        TestSite site = TestSite.build(threeReviews(), tmp.resolve("site"), "2018-01-10");
        org.jsoup.nodes.Document feed = org.jsoup.Jsoup.parse(site.text("/security/feed.xml"), "", org.jsoup.parser.Parser.xmlParser());
        assertEquals(3, feed.select("entry").size());
        assertTrue(site.exists("/feed.xml") && site.exists("/sitemap.xml") && site.exists("/404.html"));
        assertTrue(site.exists("/assets/style.css"));
    }

    @Test
    void theSampleSettingsAndIntroductionReachTheHomePage() {
        TestSite site = TestSite.build(threeReviews(), tmp.resolve("site"), "2018-01-10");
        Document home = site.page("/");
        assertTrue(home.title().contains("Acme Trust Center"), home.title());
        assertEquals("Acme", home.selectFirst("main strong").text());
        assertNull(home.selectFirst("script:not([src])"), "no inline scripts");
    }

    @Test
    void aMissingTitleIsReportedOnceNotForEveryOlderVersion() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/plain.md", "# Plain\n\nFirst.\n");
        repo.commit("plain: first", "2017-01-10T10:00:00Z");
        repo.write("content/plain.md", "---\nlast_reviewed: someday\n---\n# Plain\n\nSecond.\n");
        String faulty = repo.commit("plain: second", "2017-04-10T10:00:00Z");
        repo.write("content/plain.md", "# Plain\n\nThird.\n");
        repo.commit("plain: third", "2017-07-10T10:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2018-01-10");
        assertEquals(0, site.exitCode, site.stderr);
        assertEquals(1, site.stderr.split("no title in front matter", -1).length - 1, site.stderr);
        assertTrue(site.stderr.contains("content/plain.md:1: warning: no title in front matter; using 'Plain'"), site.stderr);
        assertTrue(site.stderr.contains("last_reviewed 'someday' is not a date")
                && site.stderr.contains("(in commit " + faulty.substring(0, 12)), "an older revision's fault is still warned: " + site.stderr);
        assertEquals(3, site.policy("plain").get("revisions").size());
    }

    /** security.md reviewed on 10 Jan 2024, its opening edited on 2 Mar, reviewed again on 20 Jun; the edit's commit. */
    private static String reviewedEditedReviewed(TestRepo repo) {
        repo.write("content/security.md", policy("Security Policy", "2024-01-10", "Opening words.\n\n## Scope\n\nAll staff."));
        repo.commit("security: first review", "2024-01-10T10:00:00Z");
        repo.write("content/security.md", policy("Security Policy", "2024-01-10", "Opening words, edited.\n\n## Scope\n\nAll staff."));
        String edit = repo.commit("security: edit the opening", "2024-03-02T10:00:00Z");
        repo.write("content/security.md", policy("Security Policy", "2024-06-20", "Opening words, reviewed.\n\n## Scope\n\nAll staff."));
        repo.commit("security: second review", "2024-06-20T10:00:00Z");
        return edit;
    }

    @Test
    void aDiffFromAnUnreviewedRevisionNamesItByCommitAndTheUntitledOpeningSection() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        String edit = reviewedEditedReviewed(repo);
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2024-07-01");
        String id = edit.substring(0, 12);
        Document diff = site.page("/security/compare/" + id + "...2024-q2/");
        String from = diff.select(".diff-versions dd").get(0).text();
        assertTrue(from.startsWith("revision " + id + ", 2 Mar 2024"), from);
        assertFalse(from.contains("2024-Q2") || from.contains("reviewed"), "not named by the review that covered it later: " + from);
        assertEquals("Opening text", diff.selectFirst(".diff-sections a").text());
    }

    @Test
    void aSectionMovedWholeIsCountedAsMovedWordsOnThePageInTheFeedAndInPoliciesJson() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        String scope = "## Scope\n\nApplies to all staff and contractors.\n\n";
        String logging = "## Logging\n\nAccess to production is logged.\n\n";
        repo.write("content/security.md", policy("Security Policy", "2024-01-10", scope + logging));
        repo.commit("security: first review", "2024-01-10T10:00:00Z");
        repo.write("content/security.md", policy("Security Policy", "2024-04-10", logging + scope));
        repo.commit("security: second review, scope last", "2024-04-10T10:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2024-05-01");

        JsonNode diff = site.policy("security").get("diffs").get(0);
        assertEquals(List.of("from", "to", "url", "wordsAdded", "wordsRemoved", "wordsMoved", "changeType"),
                listOf(diff.fieldNames()));
        assertEquals(List.of(0, 0, 7), List.of(diff.get("wordsAdded").asInt(), diff.get("wordsRemoved").asInt(),
                diff.get("wordsMoved").asInt()), "\"Scope\" and its six words moved: " + diff);
        assertEquals("material", diff.get("changeType").asText(), "the order of the text changed");
        assertEquals("+0 words / −0 words · 7 words moved",
                site.select("/security/compare/2024-q1...2024-q2/", ".diff-stats .word-counts").text());
        assertTrue(site.text("/security/feed.xml").contains("material (+0 / -0 words, 7 moved)"), site.text("/security/feed.xml"));
    }

    /** A fix marked editorial, then the review recorded in a commit of its own, as {@code review} writes it. */
    @Test
    void aReviewRecordedAfterAnEditorialFixIsEditorial() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/terms.md", policy("Terms", "2024-01-10", "We answer within two days."));
        repo.commit("terms: first review", "2024-01-10T10:00:00Z");
        repo.write("content/terms.md", policy("Terms", "2024-01-10", "We answer within 2 days."));
        repo.commit("terms: numerals\n\nChange-Type: editorial", "2024-04-08T10:00:00Z");
        repo.write("content/terms.md", policy("Terms", "2024-04-10", "We answer within 2 days."));
        repo.commit("terms: 2024-Q2 review", "2024-04-10T10:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2024-05-01");

        Map<String, String> types = new java.util.HashMap<>();
        site.policy("terms").get("diffs").forEach(d -> types.put(d.get("url").asText(), d.get("changeType").asText()));
        assertEquals("editorial", types.get("/terms/compare/2024-q1...2024-q2/"), types.toString());
        assertEquals("editorial", site.select("/terms/compare/2024-q1...2024-q2/", ".diff-stats .badge").text());
        assertFalse(site.text("/terms/feed-material.xml").contains("2024-Q2"), site.text("/terms/feed-material.xml"));
    }

    /** The words read the same in both reviews; what a customer is sent to, or how it is set, changed. */
    @Test
    void aLinkThatPointsElsewhereIsMaterialAndBoldingAWordIsEditorial() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        String text = "Our [data processing agreement](https://acme.test/dpa) applies for %s.\n";
        repo.write("content/terms.md", policy("Terms", "2024-01-10", text.formatted("48 hours")));
        repo.commit("terms: first review", "2024-01-10T10:00:00Z");
        repo.write("content/terms.md", policy("Terms", "2024-04-10",
                text.formatted("48 hours").replace("acme.test/dpa", "elsewhere.test/dpa")));
        repo.commit("terms: new DPA address", "2024-04-10T10:00:00Z");
        repo.write("content/terms.md", policy("Terms", "2024-07-10",
                text.formatted("**48 hours**").replace("acme.test/dpa", "elsewhere.test/dpa")));
        repo.commit("terms: stress the delay", "2024-07-10T10:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2024-08-01");

        Map<String, String> types = new java.util.HashMap<>();
        site.policy("terms").get("diffs").forEach(d -> types.put(d.get("url").asText(), d.get("changeType").asText()));
        assertEquals(Map.of("/terms/compare/2024-q1...2024-q2/", "material", "/terms/compare/2024-q2...2024-q3/", "editorial",
                "/terms/compare/2024-q1...2024-q3/", "material"), types);
        assertEquals("No word changed: a link or an image was added, removed or points elsewhere.",
                site.select("/terms/compare/2024-q1...2024-q2/", ".diff-same-words").text());
        assertEquals("No word changed: the text reads the same, formatted differently.",
                site.select("/terms/compare/2024-q2...2024-q3/", ".diff-same-words").text());
        assertEquals("material", site.select("/terms/compare/2024-q1...2024-q2/", ".diff-stats .badge").text());
        Document moved = site.page("/terms/compare/2024-q1...2024-q2/side-by-side/");
        assertEquals(List.of("data processing agreement", "https://acme.test/dpa", "https://elsewhere.test/dpa"),
                moved.select(".diff-links tbody tr > *").eachText(), "the link, where it pointed, where it points");
        assertNull(site.page("/terms/compare/2024-q2...2024-q3/").selectFirst(".diff-links"), "no link points elsewhere there");
    }

    /** A file moved after its review holds the reviewed text: nothing is waiting for a review. */
    @Test
    void aRenameAfterTheLastReviewIsNoUnreviewedChangeButAnEditIs() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/security.md", policy("Security Policy", "2024-01-10", "We encrypt data at rest."));
        repo.commit("security: first review", "2024-01-10T10:00:00Z");
        repo.move("content/security.md", "content/security-policy.md");
        repo.commit("move the security policy", "2024-02-10T10:00:00Z");
        TestSite moved = TestSite.build(repo, tmp.resolve("moved"), "2024-03-01");

        assertFalse(moved.policy("security-policy").get("unreviewedChanges").asBoolean());
        assertNull(moved.page("/security-policy/").selectFirst(".notice-unreviewed"));
        assertNull(moved.page("/").selectFirst(".badge-unreviewed"));
        assertEquals(2, moved.policy("security-policy").get("revisions").size(), "the move is still a revision");
        assertEquals("Since the last review (the text is as reviewed)", moved.select("/security-policy/history/", "#unreviewed-heading").text());

        repo.write("content/security-policy.md", policy("Security Policy", "2024-01-10", "We encrypt data\nat rest."));
        repo.commit("security: reflow", "2024-02-15T10:00:00Z");
        TestSite reflowed = TestSite.build(repo, tmp.resolve("reflowed"), "2024-03-01");
        assertFalse(reflowed.policy("security-policy").get("unreviewedChanges").asBoolean(), "a reflow reads the same");

        repo.write("content/security-policy.md", policy("Security Policy", "2024-01-10", "We encrypt all data at rest."));
        repo.commit("security: encrypt all data", "2024-02-20T10:00:00Z");
        TestSite edited = TestSite.build(repo, tmp.resolve("edited"), "2024-03-01");
        assertTrue(edited.policy("security-policy").get("unreviewedChanges").asBoolean());
        assertNotNull(edited.page("/security-policy/").selectFirst(".notice-unreviewed"));
        assertNotNull(edited.page("/").selectFirst(".badge-unreviewed"));
        assertEquals("Changes since the last review (not yet reviewed)", edited.select("/security-policy/history/", "#unreviewed-heading").text());
    }

    private static <T> List<T> listOf(java.util.Iterator<T> items) {
        List<T> list = new ArrayList<>();
        items.forEachRemaining(list::add);
        return list;
    }
}
