package dev.trustcenter.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.testing.TestRepo;
import dev.trustcenter.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links the site writes lead to pages it wrote (found by the sample site's link proof). */
class LinkTargetsTest {

    @TempDir
    Path tmp;

    @Test
    void aLinkWrittenBeforeARenameGoesToTheRenamedPolicy() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/_index.md", "---\ntitle: Acme\n---\nHello.\n");
        String privacy = "---\ntitle: Privacy\nlast_reviewed: 2024-01-10\n---\n## Data we keep\n\nNames, e-mail addresses and invoices of our customers.\n";
        repo.write("content/privacy.md", privacy);
        repo.write("content/vendors.md", "---\ntitle: Vendors\nlast_reviewed: 2024-01-10\n---\nSee [what we keep](privacy.md#data-we-keep).\n");
        String first = repo.commit("add", "2024-01-10T10:00:00Z");
        repo.move("content/privacy.md", "content/privacy-notice.md");
        repo.commit("rename privacy.md", "2024-02-10T10:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2024-03-01");
        Element link = site.select("/vendors/revisions/" + first.substring(0, 12) + "/", "article.policy-body a");
        assertEquals("/privacy-notice/#data-we-keep", link.attr("href"));
        assertTrue(site.exists("/privacy-notice/"));
    }

    @Test
    void aRevisionPageLinksToTheDiffToTheCurrentTextOnlyWhenTheSitePublishesIt() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/_index.md", "---\ntitle: Acme\n---\nHello.\n");
        repo.write("content/security.md", "---\ntitle: Security\nlast_reviewed: 2024-01-10\n---\nOne.\n");
        repo.commit("review", "2024-01-10T10:00:00Z");
        repo.write("content/security.md", "---\ntitle: Security\nlast_reviewed: 2024-01-10\n---\nOne, two.\n");
        String middle = repo.commit("edit", "2024-01-20T10:00:00Z");
        repo.write("content/security.md", "---\ntitle: Security\nlast_reviewed: 2024-01-10\n---\nOne, two, three.\n");
        String beforeLast = repo.commit("edit again", "2024-01-30T10:00:00Z");
        repo.write("content/security.md", "---\ntitle: Security\nlast_reviewed: 2024-01-10\n---\nOne, two, three, four.\n");
        repo.commit("edit once more", "2024-02-05T10:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2024-03-01");
        String page = "/security/revisions/" + middle.substring(0, 12) + "/";
        assertNull(site.page(page).selectFirst(".notice-archived a:contains(What changed since)"));
        String previous = site.select(page, ".notice-archived a:contains(Compare with previous)").attr("href");
        assertTrue(site.exists(previous), previous);
        String fromBeforeLast = site.select("/security/revisions/" + beforeLast.substring(0, 12) + "/",
                ".notice-archived a:contains(What changed since)").attr("href");
        assertTrue(site.exists(fromBeforeLast), fromBeforeLast);
        String fromReview = site.select("/security/2024-q1/", ".notice-archived a:contains(What changed since)").attr("href");
        assertTrue(site.exists(fromReview), fromReview);
    }
}
