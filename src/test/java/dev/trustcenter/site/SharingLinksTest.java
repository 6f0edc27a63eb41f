package dev.trustcenter.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.testing.TestRepo;
import dev.trustcenter.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Copy link to this version / section" always points at the permanent version, never at the current URL. */
class SharingLinksTest {

    private static final String BASE = "https://trust.acme.test";

    @TempDir
    Path tmp;

    private TestRepo repo(String baseUrl) {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/_index.md", "---\ntitle: Acme Trust\n" + (baseUrl == null ? "" : "base_url: " + baseUrl + "\n") + "---\n");
        repo.write("content/security.md", "---\ntitle: Security\nlast_reviewed: 2020-02-01\n---\n"
                + "## Encryption\n\nAt rest.\n\n## Access & logging\n\nLeast privilege.\n");
        repo.commit("first", "2020-02-01T09:00:00Z");
        repo.write("content/security.md", "---\ntitle: Security\nlast_reviewed: 2020-05-01\n---\n"
                + "## Encryption\n\nAt rest and in transit.\n\n## Access & logging\n\nLeast privilege.\n");
        repo.commit("review", "2020-05-01T09:00:00Z");
        return repo;
    }

    @Test
    void currentPageSharesThePermanentReviewUrlAndEachSectionWithinIt() {
        TestSite site = TestSite.build(repo(BASE), tmp.resolve("site"), "2020-06-01");
        Document current = site.page("/security/");
        assertEquals(BASE + "/security/2020-q2/", current.selectFirst("a.version-link").attr("href"));
        List<Element> sectionLinks = current.select("article.policy-body a.permanent-link");
        assertEquals(2, sectionLinks.size());
        for (Element link : sectionLinks) {
            String href = link.attr("href");
            assertTrue(href.startsWith(BASE + "/security/2020-q2/#"), href);
            assertAnchorExists(site, href.substring(BASE.length()));
            assertEquals(link.parent().id(), href.substring(href.indexOf('#') + 1), "links its own heading");
        }
        assertEquals("Encryption", current.selectFirst("article.policy-body h2").text(), "the heading keeps its text");
    }

    @Test
    void archivedReviewAndRevisionPagesShareTheirOwnVersion() {
        TestSite site = TestSite.build(repo(BASE), tmp.resolve("site"), "2020-06-01");
        Document q1 = site.page("/security/2020-q1/");
        assertEquals(BASE + "/security/2020-q1/", q1.selectFirst("a.version-link").attr("href"));
        for (Element link : q1.select("a.permanent-link")) {
            assertTrue(link.attr("href").startsWith(BASE + "/security/2020-q1/#"), link.attr("href"));
            assertAnchorExists(site, link.attr("href").substring(BASE.length()));
        }
        String firstRevision = site.policy("security").get("revisions").get(0).get("url").asText();
        Document revision = site.page(firstRevision);
        assertEquals(BASE + "/security/2020-q1/", revision.selectFirst("a.version-link").attr("href"),
                "a revision recorded as a review is shared by its review URL");
    }

    @Test
    void withoutBaseUrlLinksAreSiteAbsoluteAndChangesSinceTheReviewShareTheirRevision() {
        TestRepo repo = repo(null);
        repo.write("content/security.md", "---\ntitle: Security\nlast_reviewed: 2020-05-01\n---\n"
                + "## Encryption\n\nAt rest and in transit, always.\n");
        repo.commit("edit", "2020-05-20T09:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2020-06-01");
        Document current = site.page("/security/");
        String href = current.selectFirst("a.version-link").attr("href");
        assertTrue(href.startsWith("/security/revisions/"), "unreviewed text is shared by its revision: " + href);
        Element section = current.selectFirst("a.permanent-link");
        assertEquals(href + "#encryption", section.attr("href"));
        assertAnchorExists(site, section.attr("href"));
        assertFalse(current.select("a.permanent-link").stream().anyMatch(a -> a.attr("href").startsWith("/security/#")),
                "never the moving current URL");
    }

    @Test
    void everyPolicyPageCarriesAPrintOnlyStamp() {
        TestSite site = TestSite.build(repo(BASE), tmp.resolve("site"), "2020-06-01");
        String commit = site.policy("security").get("revisions").get(0).get("commit").asText();
        Element stamp = site.select("/security/2020-q1/", ".print-only.print-version-stamp");
        String text = stamp.text();
        assertTrue(text.contains("Security") && text.contains("Review 2020-Q1") && text.contains("1 Feb 2020")
                && text.contains(commit), text);
        assertTrue(site.text("/assets/style.css").contains(".print-only { display: block !important; }"));
    }

    private static void assertAnchorExists(TestSite site, String sitePathWithAnchor) {
        int hash = sitePathWithAnchor.indexOf('#');
        Document target = site.page(sitePathWithAnchor.substring(0, hash));
        assertNotNull(target.getElementById(sitePathWithAnchor.substring(hash + 1)),
                () -> "no id for " + sitePathWithAnchor);
    }
}
