package dev.trustcenter.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustcenter.testing.TestRepo;
import dev.trustcenter.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A version with a future {@code effective} date is announced; the version in force stays current. */
class AnnouncedChangesTest {

    @TempDir
    Path tmp;

    private TestRepo privacyWithAnnouncedChange() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/_index.md", "---\ncompany: Acme\ntitle: Acme Trust Center\n---\nHello.\n");
        repo.write("content/privacy.md", """
                ---
                title: Privacy Notice
                last_reviewed: 2026-03-02
                ---
                We keep invoices for seven years.
                """);
        repo.commit("privacy: first version", "2026-03-02T10:00:00Z");
        repo.write("content/privacy.md", """
                ---
                title: Privacy Notice
                last_reviewed: 2026-11-02
                effective: 2027-01-01
                ---
                We keep invoices for ten years.
                """);
        repo.commit("privacy: 2026-Q4 review, retention change announced", "2026-11-02T10:00:00Z");
        return repo;
    }

    @Test
    void beforeTheEffectiveDateTheCurrentPageKeepsTheVersionInForceAndAnnouncesTheNewOne() {
        TestSite site = TestSite.build(privacyWithAnnouncedChange(), tmp.resolve("site"), "2026-11-28");
        Document current = site.page("/privacy/");
        assertEquals("We keep invoices for seven years.", current.selectFirst("article.policy-body p").text());
        Element notice = current.selectFirst(".notice-upcoming");
        assertNotNull(notice, "the current page announces the upcoming version");
        assertEquals("2027-01-01", notice.attr("data-effective"));
        assertEquals("/privacy/2026-q4/", notice.attr("data-upcoming-url"));
        assertEquals("/privacy/compare/2026-q1...2026-q4/", notice.attr("data-diff-url"));
        Element before = notice.selectFirst("[data-when=before]");
        assertTrue(before.text().startsWith("Upcoming change. A new version takes effect on 1 Jan 2027 — see what changes"),
                before.text());
        assertNotNull(before.selectFirst("a[href=/privacy/2026-q4/]"), "links the upcoming version");
        assertNotNull(before.selectFirst("a[href=/privacy/compare/2026-q1...2026-q4/]"), "links its diff");
        assertTrue(notice.selectFirst("[data-when=after]").hasAttr("hidden"), "the took-effect text waits for the script");

        assertEquals("We keep invoices for ten years.", site.select("/privacy/2026-q4/", "article.policy-body p").text());
        assertTrue(site.select("/privacy/2026-q4/", ".notice-archived [data-when=before]").text()
                .contains("It takes effect on 1 Jan 2027; until then the 2026-Q1 version is in force."));
        Document diff = site.page("/privacy/compare/2026-q1...2026-q4/");
        assertEquals("ten", diff.selectFirst("article.policy-diff ins").text());

        Element badge = site.select("/", ".upcoming-change[data-effective=2027-01-01]");
        assertEquals("Changes on 1 Jan 2027", badge.selectFirst("[data-when=before] .badge").text());
        assertNotNull(site.page("/privacy/history/").selectFirst(".badge-upcoming[data-effective=2027-01-01]"));

        // The feeds announce the review when it is recorded, saying when it takes effect.
        Document feed = Jsoup.parse(site.text("/feed.xml"), "", Parser.xmlParser());
        assertEquals("Privacy Notice, 2026-Q4 review (material, effective from 1 Jan 2027)",
                feed.selectFirst("entry > title").text());
        assertTrue(feed.selectFirst("entry > summary").text().contains("Takes effect on 1 Jan 2027."));
    }

    @Test
    void policiesJsonNamesTheVersionInForceAndTheUpcomingOne() {
        TestSite site = TestSite.build(privacyWithAnnouncedChange(), tmp.resolve("site"), "2026-11-28");
        JsonNode p = site.policy("privacy");
        JsonNode revisions = p.get("revisions");
        assertEquals(revisions.get(0).get("id").asText(), p.get("inForce").get("revision").asText());
        assertEquals("2026-Q1", p.get("inForce").get("label").asText());
        assertTrue(p.get("inForce").get("effective").isNull());
        JsonNode upcoming = p.get("upcoming");
        assertEquals(revisions.get(1).get("id").asText(), upcoming.get("revision").asText());
        assertEquals("2027-01-01", upcoming.get("effective").asText());
        assertEquals("/privacy/2026-q4/", upcoming.get("url").asText());
        assertEquals("/privacy/compare/2026-q1...2026-q4/", upcoming.get("diffUrl").asText());
        assertEquals("2027-01-01", revisions.get(1).get("effective").asText());
        assertTrue(revisions.get(0).get("effective").isNull());
    }

    @Test
    void onAndAfterTheEffectiveDateTheNewerVersionIsCurrentWithoutNotice() {
        TestRepo repo = privacyWithAnnouncedChange();
        for (String today : new String[] {"2027-01-01", "2027-02-15"}) {
            TestSite site = TestSite.build(repo, tmp.resolve("site-" + today), today);
            Document current = site.page("/privacy/");
            assertEquals("We keep invoices for ten years.", current.selectFirst("article.policy-body p").text());
            assertNull(current.selectFirst(".notice-upcoming"), "no announcement once in force");
            assertNull(site.page("/").selectFirst(".upcoming-change"));
            assertTrue(site.policy("privacy").get("upcoming").isNull());
            assertEquals("2026-Q4", site.policy("privacy").get("inForce").get("label").asText());
        }
    }

    @Test
    void aLaterCommitWithoutAFutureDateTakesEffectWhenPublished() {
        TestRepo repo = privacyWithAnnouncedChange();
        repo.write("content/privacy.md", "---\ntitle: Privacy Notice\nlast_reviewed: 2026-11-20\n---\nWe keep invoices for eight years.\n");
        repo.commit("privacy: announcement withdrawn, eight years now", "2026-11-20T10:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2026-11-28");
        assertEquals("We keep invoices for eight years.", site.select("/privacy/", "article.policy-body p").text());
        assertNull(site.page("/privacy/").selectFirst(".notice-upcoming"));
        assertTrue(site.policy("privacy").get("upcoming").isNull());
    }

    @Test
    void aPolicyWhoseOnlyVersionIsFutureDatedShowsThatVersionWithItsDate() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/terms.md", "---\ntitle: Terms\nlast_reviewed: 2026-11-05\neffective: 2027-01-01\n---\nNew terms.\n");
        repo.commit("terms", "2026-11-05T10:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2026-11-28");
        assertEquals("New terms.", site.select("/terms/", "article.policy-body p").text());
        assertNull(site.page("/terms/").selectFirst(".notice-upcoming"), "nothing older to keep in force");
        assertTrue(site.select("/terms/", ".policy-meta").text().contains("Effective 1 Jan 2027"));
    }

    @Test
    void anEffectiveDateInThePastChangesNothing() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/terms.md", "---\ntitle: Terms\nlast_reviewed: 2026-01-05\neffective: 2026-02-01\n---\nTerms text.\n");
        repo.commit("terms", "2026-01-05T10:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2026-11-28");
        assertNull(site.page("/terms/").selectFirst(".notice-upcoming"));
        assertTrue(site.select("/terms/", ".policy-meta").text().contains("Effective 1 Feb 2026"));
    }
}
