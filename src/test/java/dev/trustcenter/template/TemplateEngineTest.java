package dev.trustcenter.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.diag.SourceException;
import dev.trustcenter.diag.UserException;
import dev.trustcenter.diff.Utf8Html;
import dev.trustcenter.view.DiffView;
import dev.trustcenter.view.HeadingView;
import dev.trustcenter.view.HistoryView;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

class TemplateEngineTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final TemplateEngine DEFAULT_THEME = new TemplateEngine(null);

    @TempDir
    Path repo;

    private static Document html(String template, Object view) {
        return Jsoup.parse(DEFAULT_THEME.render(template, view));
    }

    private Path templates(Map<String, String> files) throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Path dir = repo.resolve("templates");
        for (var file : files.entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return dir;
    }

    private static Map<String, Object> everyHtmlPage() {
        Map<String, Object> pages = new LinkedHashMap<>();
        pages.put("home.ftlh", SampleViews.home(""));
        pages.put("policy.ftlh", SampleViews.currentPage("Security Policy", SampleViews.BODY, SampleViews.TOC));
        pages.put("policy.ftlh (unreviewed)", SampleViews.unreviewedCurrentPage());
        pages.put("policy.ftlh (review)", SampleViews.reviewPage());
        pages.put("history.ftlh", SampleViews.history());
        pages.put("diff.ftlh", SampleViews.diff(false));
        pages.put("diff.ftlh (side by side)", SampleViews.diff(true));
        pages.put("404.ftlh", SampleViews.notFound());
        return pages;
    }

    private static String templateOf(String key) {
        return key.split(" ")[0];
    }

    @Test
    void recordComponentsAreReadAsProperties() throws Exception {
        Path dir = templates(Map.of("probe.ftlh", "${page.title}|${site.company}|${page.version.label}"));

        String out = new TemplateEngine(dir).render("probe.ftlh",
                SampleViews.currentPage("Security Policy", "<p>x</p>", List.of()));

        assertEquals("Security Policy|" + SampleViews.site().company() + "|2026-Q4", out);
    }

    @Test
    void pagesAreUtf8WithCharactersOutsideTheBasicPlaneIntact() throws Exception {
        Path dir = templates(Map.of("probe.ftlh", "\u00b7 ${page.title} \ud83d\udd12|${page.title?no_esc}"));
        String title = "Caf\u00e9 <\ud83d\ude00> & \ud83d\udd12\u2192";

        byte[] out = new TemplateEngine(dir).renderBytes("probe.ftlh", SampleViews.currentPage(title, "", List.of()));

        assertEquals("\u00b7 Caf\u00e9 &lt;\ud83d\ude00&gt; &amp; \ud83d\udd12\u2192 \ud83d\udd12|" + title,
                new String(out, StandardCharsets.UTF_8));
    }

    /** A page is encoded as it is written, piece by piece: as if encoded whole, pairs split between pieces too. */
    @Test
    void pagesEncodeSurrogatesAsTheWholeTextWould() throws Exception {
        Path dir = templates(Map.of("probe.ftlh", "${page.title}${page.title}|${page.title}x \u00e9\ud83d\udd12"));
        // a lone second half, then a first half completed by the next value, or followed by template text
        String title = "\ude00a\ud83d";

        byte[] out = new TemplateEngine(dir).renderBytes("probe.ftlh", SampleViews.currentPage(title, "", List.of()));

        String whole = title + title + "|" + title + "x \u00e9\ud83d\udd12";
        assertArrayEquals(whole.getBytes(StandardCharsets.UTF_8), out);
        assertEquals("?a\ud83d\ude00a?|?a?x \u00e9\ud83d\udd12", new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void theDataModelIsPageAndSite() throws Exception {
        Path dir = templates(Map.of("probe.ftlh",
                "${.data_model?keys?join(\",\")} ${.data_model?size} ${.data_model.page.title} ${(nope)!\"-\"}"
                        + " <#list .data_model?values as v>${v?is_hash?c}</#list> ${site.title}"));
        String out = new TemplateEngine(dir).render("probe.ftlh", SampleViews.currentPage("T", "", List.of()));
        assertEquals("page,site 2 T - truetrue Northwind Ledger Trust Center", out);
    }

    /** The writer alone: template text comes as char arrays, values as strings, in any mix. */
    @Test
    void writerEncodesCharArraysAndStringsAsTheWholeTextWould() throws Exception {
        String[] pieces = {"a\ud83d", "\ude00b\u00e9", "\ud83d", "c", "\ude00", "\ud83d", "\ud83d\ude00", "\u2192\ud83d"};
        for (int arrays = 0; arrays < 1 << pieces.length; arrays++) {
            TemplateEngine.Utf8Writer writer = new TemplateEngine.Utf8Writer();
            for (int i = 0; i < pieces.length; i++) {
                if ((arrays & 1 << i) != 0) {
                    char[] padded = ("<" + pieces[i] + ">").toCharArray();
                    writer.write(padded, 1, pieces[i].length());
                } else {
                    writer.write(pieces[i]);
                }
            }
            assertArrayEquals(String.join("", pieces).getBytes(StandardCharsets.UTF_8), writer.toByteArray(),
                    "pieces written as arrays: " + Integer.toBinaryString(arrays));
        }
    }

    @Test
    void everyHtmlPageIsAWholeDocumentWithLandmarksAndUniqueIds() {
        everyHtmlPage().forEach((key, view) -> {
            String out = DEFAULT_THEME.render(templateOf(key), view);
            Document doc = Jsoup.parse(out);
            assertTrue(out.startsWith("<!DOCTYPE html>\n"), key + " starts with the doctype");
            assertEquals("en", doc.selectFirst("html").attr("lang"), key);
            assertNotNull(doc.selectFirst("head > meta[charset=utf-8]"), key);
            assertNotNull(doc.selectFirst("meta[name=viewport]"), key);
            assertFalse(doc.title().isBlank(), key + " has a title");
            assertEquals(1, doc.select("body > header").size(), key);
            assertEquals(1, doc.select("body > main#main").size(), key);
            assertEquals(1, doc.select("body > footer").size(), key);
            assertNotNull(doc.selectFirst("a.skip-link[href=#main]"), key);
            assertEquals("/assets/style.css", doc.selectFirst("link[rel=stylesheet]").attr("href"), key);
            assertTrue(doc.selectFirst("script[src=/assets/site.js]").hasAttr("defer"), key);
            assertEquals(1, doc.select("h1").size(), key + " has one h1");
            doc.select("nav").forEach(nav -> assertTrue(nav.hasAttr("aria-label")
                    || nav.hasAttr("aria-labelledby"), key + " labels every nav"));
            doc.select("h1, h2, h3, h4").forEach(h -> assertFalse(h.text().isBlank(), key + " has no empty heading"));
            Set<String> ids = new HashSet<>();
            doc.select("[id]").forEach(e -> assertTrue(ids.add(e.id()), key + " repeats id " + e.id()));
        });
    }

    @Test
    void pagesWithEveryOptionalPartAbsentStillRender() {
        SampleViews.bareViews().forEach((template, view) -> {
            Document doc = html(template, view);
            assertNotNull(doc.selectFirst("main#main h1"), template);
            assertNull(doc.selectFirst("a[href^=mailto:]"), template + " has no contact link");
            assertNull(doc.selectFirst(".review-banner"), template + " has no banner");
        });
    }

    @Test
    void footerNamesCompanyContactBuildAndMachineReadableLinks() {
        var site = SampleViews.site();
        Element footer = html("404.ftlh", SampleViews.notFound()).selectFirst("footer");

        assertTrue(footer.text().contains(site.company()));
        assertNotNull(footer.selectFirst("a[href=mailto:" + site.contact() + "]"));
        assertEquals(site.generatedIso(), footer.selectFirst("time").attr("datetime"));
        assertTrue(footer.text().contains(site.commitShort()));
        assertNotNull(footer.selectFirst("a[href=" + site.feedUrl() + "]"));
        assertNotNull(footer.selectFirst("a[href=" + site.policiesJsonUrl() + "]"));
    }

    @Test
    void homePageGroupsPoliciesByCategoryWithBannersAndCounts() {
        var home = SampleViews.home("");
        Document doc = html("home.ftlh", home);

        List<String> categories = doc.select("#policies section.category > h2").eachText();
        assertEquals(home.categories().stream().map(c -> c.name()).toList(), categories);
        var first = home.categories().get(0).policies().get(0);
        Element card = doc.selectFirst("li.policy-card:has(a[href=" + first.url() + "])");
        assertEquals(first.title(), card.selectFirst("h3").text());
        Element banner = card.selectFirst(".review-banner");
        assertEquals(first.banner().nextReviewIso(), banner.attr("data-next-review"));
        assertEquals(first.banner().lastReviewedIso(), banner.attr("data-last-reviewed"));
        assertEquals(String.valueOf(first.banner().dueSoonDays()), banner.attr("data-due-soon-days"));
        assertTrue(banner.hasClass("review-" + first.banner().status()));
        assertEquals(first.banner().text(), banner.selectFirst(".review-banner-text").text());
        assertEquals(String.valueOf(home.overdueCount()), doc.selectFirst("[data-review-count=overdue]").text());
        assertTrue(doc.selectFirst(".at-a-glance").text().startsWith("3 policies · "));
    }

    @Test
    void homePageFlagsUnreviewedChangesRetiredPoliciesAndLatestChanges() {
        var home = SampleViews.home("");
        Document doc = html("home.ftlh", home);

        var changed = home.categories().get(0).policies().get(1);
        assertTrue(changed.unreviewedChanges());
        assertNotNull(doc.selectFirst("li.policy-card:has(a[href=" + changed.url() + "]) .badge-unreviewed"));
        assertEquals(1, doc.select(".badge-unreviewed").size());
        var retired = home.retired().get(0);
        assertEquals(retired.title(), doc.selectFirst("#retired-heading ~ ul .policy-card-title").text());
        assertNull(doc.selectFirst("#retired-heading ~ ul .review-banner"));
        var change = home.latestChanges().get(0);
        Element entry = doc.selectFirst("ol.change-list > li");
        assertNotNull(entry.selectFirst("a[href=" + change.diffUrl() + "]"));
        assertTrue(entry.selectFirst(".badge").hasClass("badge-" + change.changeType()));
        assertEquals(change.dateIso(), entry.selectFirst("time").attr("datetime"));
        assertTrue(entry.text().contains("+" + change.wordsAdded() + " "), "numbers print without grouping");
    }

    @Test
    void policyBodyIsPrintedAsHtmlWhileTitleAndSummaryAreEscaped() {
        String title = "<script>alert(1)</script> & Co";
        var view = SampleViews.currentPage(title, SampleViews.BODY, SampleViews.TOC);
        Document doc = html("policy.ftlh", view);

        assertEquals(title, doc.selectFirst("h1").text());
        assertEquals(1, doc.select("script").size(), "only the theme's script");
        assertEquals(view.summary(), doc.selectFirst("meta[name=description]").attr("content"));
        Element body = doc.selectFirst("article.policy-body");
        assertEquals(Jsoup.parseBodyFragment(SampleViews.BODY).body().html(), body.html());
        assertNotNull(body.selectFirst("h2#scope"));
    }

    @Test
    void currentPageShowsBannerStampAndLinksButNoArchivedNotice() {
        var view = SampleViews.currentPage("Security Policy", SampleViews.BODY, SampleViews.TOC);
        Document doc = html("policy.ftlh", view);

        assertEquals(view.banner().nextReviewIso(), doc.selectFirst(".review-banner").attr("data-next-review"));
        assertNull(doc.selectFirst(".notice-archived"));
        Element stamp = doc.selectFirst(".policy-meta.print-stamp");
        assertTrue(stamp.text().contains(view.version().label()));
        assertTrue(stamp.text().contains(view.version().commitShort()));
        assertEquals(view.version().reviewedIso(), stamp.selectFirst("time").attr("datetime"));
        assertNotNull(doc.selectFirst("a[href=" + view.historyUrl() + "]:contains(History)"));
        assertNotNull(doc.selectFirst("a[href=" + view.feedUrl() + "]"));
        assertNotNull(doc.selectFirst("a[href=" + view.version().permanentUrl() + "]:contains(Permanent link)"));
        assertEquals(List.of("Home", view.title()), doc.select(".breadcrumb li").eachText());
    }

    @Test
    void tableOfContentsAppearsOnlyWithThreeOrMoreHeadings() {
        var three = html("policy.ftlh", SampleViews.currentPage("P", SampleViews.BODY, SampleViews.TOC));
        var two = html("policy.ftlh", SampleViews.currentPage("P", SampleViews.BODY, SampleViews.TOC.subList(0, 2)));

        Element toc = three.selectFirst("nav.toc[aria-label=Contents]");
        assertEquals(SampleViews.TOC.stream().map(h -> "#" + h.id()).toList(), toc.select("a").eachAttr("href"));
        assertNull(two.selectFirst("nav.toc"));
    }

    @Test
    void unreviewedNoticeCountsChangesAndLinksToTheDiff() {
        var view = SampleViews.unreviewedCurrentPage();
        Element notice = html("policy.ftlh", view).selectFirst(".notice-unreviewed");

        assertTrue(notice.text().startsWith("This text has " + view.unreviewed().changes() + " changes since the "
                + view.unreviewed().lastReviewLabel() + " review that have not been reviewed yet"), notice.text());
        assertEquals("see what changed", notice.selectFirst("a[href=" + view.unreviewed().diffUrl() + "]").text());
    }

    @Test
    void reviewPageShowsArchivedNoticeWithItsLinksInsteadOfABanner() {
        var view = SampleViews.reviewPage();
        Document doc = html("policy.ftlh", view);

        assertNull(doc.selectFirst(".review-banner"));
        Element notice = doc.selectFirst(".notice-archived");
        assertTrue(notice.text().contains(view.archived().text()));
        assertNotNull(notice.selectFirst("a[href=" + view.archived().supersededByUrl() + "]"));
        assertEquals(List.of(view.archived().currentUrl(), view.archived().historyUrl(),
                view.archived().diffToCurrentUrl(), view.archived().diffToPreviousUrl()),
                notice.select(".notice-links a").eachAttr("href"));
        assertTrue(doc.title().contains(view.version().label()));
    }

    @Test
    void historyPageListsReviewsWithBadgesDiffLinksAndACompareForm() {
        var view = SampleViews.history();
        Document doc = html("history.ftlh", view);

        assertEquals("History of " + view.title(), doc.selectFirst("h1").text());
        assertEquals(view.reviews().stream().map(r -> r.label()).toList(),
                doc.select("section.history-review > h3").eachText());
        Element unchanged = doc.select("section.history-review").get(1);
        assertEquals("Reviewed, no changes", unchanged.selectFirst(".badge").text());
        var first = view.reviews().get(0);
        assertNotNull(doc.selectFirst("a[href=" + first.diffFromPreviousUrl() + "]"));
        assertEquals(first.revisions().size(), doc.select("section.history-review").get(0).select("li.revision").size());
        assertNotNull(doc.selectFirst("#unreviewed-heading ~ ol a[href=" + view.unreviewed().get(0).url() + "]"));
        Element form = doc.selectFirst("form.compare-form[method=get]");
        assertEquals("/security-policy/compare/", form.attr("data-compare-base"));
        List<String> keys = view.compareOptions().stream().map(o -> o.key()).toList();
        assertEquals(keys, form.select("select[name=from] option").eachAttr("value"));
        assertEquals(view.comparePairs().get(0).from(), form.selectFirst("select[name=from] option[selected]").val());
        assertEquals(view.comparePairs().get(0).to(), form.selectFirst("select[name=to] option[selected]").val());
        assertEquals("2026-Q4 current", form.selectFirst("select[name=from] option[value=2026-Q3]").attr("data-targets"));
        assertTrue(form.selectFirst("select[name=from] option[value=current]").hasAttr("disabled"), "nothing is newer");
        assertTrue(form.hasAttr("hidden"), "the form waits for the script; links stand in without it");
        assertEquals(view.comparePairs().stream().map(HistoryView.ComparePairView::url).toList(),
                doc.select(".compare-links a").eachAttr("href"));
        assertNotNull(doc.selectFirst("a[href=" + view.materialFeedUrl() + "]"));
    }

    @Test
    void diffPageWrapsTheFragmentAndSummarisesTheChange() {
        var view = SampleViews.diff(false);
        Document doc = html("diff.ftlh", view);

        assertEquals("What changed in " + view.title(), doc.selectFirst("h1").text());
        Element article = doc.selectFirst("article.policy-diff");
        assertEquals("SMS", article.selectFirst("del").text());
        assertEquals("an authenticator", article.selectFirst("ins").text());
        assertNotNull(doc.selectFirst(".diff-versions a[href=" + view.from().permanentUrl() + "]"));
        assertNotNull(doc.selectFirst(".diff-versions a[href=" + view.to().permanentUrl() + "]"));
        assertTrue(doc.selectFirst(".diff-stats").text().contains("+" + view.wordsAdded() + " words"));
        assertEquals("#" + view.sections().get(0).anchor(), doc.selectFirst(".diff-sections a").attr("href"));
        assertEquals(view.metadataChanges().size(), doc.select(".diff-metadata tbody tr").size());
        assertEquals("Side by side", doc.selectFirst("a[href=" + view.otherViewUrl() + "]").text());
        assertEquals("Inline", html("diff.ftlh", SampleViews.diff(true))
                .selectFirst(".diff-view-toggle a").text());
        assertNull(doc.selectFirst(".diff-legend mark"), "no moved edits, nothing to explain");
        var moved = SampleViews.diff(false);
        moved = new DiffView(moved.site(), moved.slug(), moved.title(), moved.currentUrl(), moved.historyUrl(), moved.url(),
                moved.from(), moved.to(), moved.changeType(), moved.changeText(), moved.wordsAdded(), moved.wordsRemoved(), moved.wordsMoved(),
                moved.sections(), moved.metadataChanges(), moved.linkChanges(), false, moved.otherViewUrl(), true, moved.bodyHtml());
        assertEquals("outlined", html("diff.ftlh", moved).selectFirst(".diff-legend mark.diff-move-edit").text());
    }

    @Test
    void encodedHtmlPrintsTheSameAsADirectiveAsTextAndInsideACapture() throws Exception {
        Path dir = templates(Map.of("probe.ftlh", """
                <@page.bodyHtml/>|${page.bodyHtml?no_esc}|<#assign held><@page.bodyHtml/></#assign>${held?no_esc}|\
                ${page.bodyHtml?has_content?c}"""));
        // two-, three- and four-byte characters: the directive copies bytes, the others decode them
        String body = "<p>Caf\u00e9 \ud83d\ude00 &amp; \u2192</p>";

        String out = new TemplateEngine(dir).render("probe.ftlh", SampleViews.diff(false, Utf8Html.of(body)));

        assertEquals(body + "|" + body + "|" + body + "|true", out);
    }

    @Test
    void encodedHtmlDirectiveTakesNoParameters() throws Exception {
        Path dir = templates(Map.of("probe.ftlh", "<p>\n<@page.bodyHtml x=1/>\n</p>"));

        var e = assertThrows(SourceException.class, () -> new TemplateEngine(dir).render("probe.ftlh",
                SampleViews.diff(false)));

        assertEquals("templates/probe.ftlh:2", e.position().toString());
    }

    @Test
    void notFoundPageLinksHomeAndToThePolicies() {
        Document doc = html("404.ftlh", SampleViews.notFound());

        assertEquals("Page not found", doc.selectFirst("h1").text());
        var root = SampleViews.site().root();
        assertNotNull(doc.selectFirst("main a[href=" + root + "]"));
        assertNotNull(doc.selectFirst("main a[href=" + root + "#policies]"));
    }

    @Test
    void feedIsWellFormedAtomWithEscapedText() throws Exception {
        String title = "R&D <Policy> \"2026\"";
        var view = SampleViews.feed(title);
        var atom = xml(DEFAULT_THEME.render("feed.ftlx", view));

        assertEquals(ATOM, atom.getDocumentElement().getNamespaceURI());
        assertEquals("feed", atom.getDocumentElement().getLocalName());
        NodeList entries = atom.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(view.entries().size(), entries.getLength());
        var entry = (org.w3c.dom.Element) entries.item(0);
        assertEquals(title, entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
        assertEquals(view.entries().get(0).summary(),
                entry.getElementsByTagNameNS(ATOM, "summary").item(0).getTextContent());
        assertEquals(view.entries().get(0).diffUrl(),
                ((org.w3c.dom.Element) entry.getElementsByTagNameNS(ATOM, "link").item(1)).getAttribute("href"));
        var self = (org.w3c.dom.Element) atom.getDocumentElement().getElementsByTagNameNS(ATOM, "link").item(0);
        assertEquals("self", self.getAttribute("rel"));
        assertEquals(view.selfUrl(), self.getAttribute("href"));
        var updated = atom.getElementsByTagNameNS(ATOM, "updated");
        for (int i = 0; i < updated.getLength(); i++) {
            assertTrue(updated.item(i).getTextContent().matches("\\d{4}-\\d\\d-\\d\\dT.+"), "RFC 3339 timestamps");
        }
    }

    @Test
    void sitemapIsWellFormedWithOneUrlPerEntry() throws Exception {
        var view = SampleViews.sitemap();
        var sitemap = xml(DEFAULT_THEME.render("sitemap.ftlx", view));

        String ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        NodeList locs = sitemap.getElementsByTagNameNS(ns, "loc");
        assertEquals(view.entries().size(), locs.getLength());
        assertEquals(view.entries().get(1).url(), locs.item(1).getTextContent());
        assertEquals(1, sitemap.getElementsByTagNameNS(ns, "lastmod").getLength());
    }

    @Test
    void repositoryTemplateOverridesOnlyThatFile() throws Exception {
        Path dir = templates(Map.of("home.ftlh", "<p id=\"custom\">${site.title}</p>"));
        var engine = new TemplateEngine(dir);

        var home = Jsoup.parse(engine.render("home.ftlh", SampleViews.home("")));
        assertEquals(SampleViews.site().title(), home.selectFirst("#custom").text());
        var policy = Jsoup.parse(engine.render("policy.ftlh",
                SampleViews.currentPage("Security Policy", SampleViews.BODY, SampleViews.TOC)));
        assertNotNull(policy.selectFirst("article.policy-body"), "policy.ftlh still comes from the jar");
    }

    @Test
    void repositoryLayoutIsUsedByTheDefaultPages() throws Exception {
        Path dir = templates(Map.of("_layout.ftlh", """
                <#macro page title kind description="" feedUrl="" feedTitle="" wide=false>\
                <div id="shell">${title}<#nested></div></#macro>"""));

        var doc = Jsoup.parse(new TemplateEngine(dir).render("404.ftlh", SampleViews.notFound()));

        assertEquals("Page not found", doc.selectFirst("#shell h1").text());
    }

    @Test
    void errorInATemplateIsReportedAtItsFileAndLine() throws Exception {
        Path dir = templates(Map.of("broken.ftlh", "<p>\n${site.title}\n${page.noSuchField}\n</p>\n"));

        var e = assertThrows(SourceException.class, () -> new TemplateEngine(dir).render("broken.ftlh",
                SampleViews.notFound()));

        assertEquals("templates/broken.ftlh:3", e.position().toString());
        assertTrue(e.detail().contains("page.noSuchField"), e.detail());
        assertFalse(e.detail().contains("\n"), "one line");
    }

    @Test
    void anErrorInATemplatesFolderOfAnotherNameIsReportedThere() throws Exception {
        Path dir = repo.resolve("theme");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("broken.ftlh"), "<p>\n${page.noSuchField}\n</p>\n");
        var e = assertThrows(SourceException.class, () -> new TemplateEngine(dir).render("broken.ftlh", SampleViews.notFound()));
        assertEquals(dir.resolve("broken.ftlh") + ":2", e.position().toString(), "given with --templates, not templates/");
        Path other = Files.createDirectories(repo.resolve("elsewhere/templates"));
        Files.copy(dir.resolve("broken.ftlh"), other.resolve("broken.ftlh"));
        var named = assertThrows(SourceException.class, () -> new TemplateEngine(other).render("broken.ftlh", SampleViews.notFound()));
        assertEquals(other.resolve("broken.ftlh") + ":2", named.position().toString(), "a folder named templates outside a repository's root");
    }

    @Test
    void syntaxErrorInAnImportedLayoutIsReportedInTheLayout() throws Exception {
        Path dir = templates(Map.of("_layout.ftlh", "<#macro page title>\n<#if>\n</#macro>\n"));

        var e = assertThrows(SourceException.class, () -> new TemplateEngine(dir).render("404.ftlh",
                SampleViews.notFound()));

        assertEquals("templates/_layout.ftlh", e.position().path());
        assertEquals(2, e.position().line());
    }

    @Test
    void missingTemplateIsAUserErrorNamingIt() {
        var e = assertThrows(UserException.class, () -> DEFAULT_THEME.render("nope.ftlh", SampleViews.notFound()));

        assertFalse(e instanceof SourceException);
        assertTrue(e.getMessage().contains("'nope.ftlh'"), e.getMessage());
    }

    @Test
    void missingRepositoryFolderMeansTheDefaultTheme() {
        var engine = new TemplateEngine(repo.resolve("templates"));

        assertNotNull(Jsoup.parse(engine.render("404.ftlh", SampleViews.notFound())).selectFirst("main#main"));
        assertEquals(Set.copyOf(ThemeAssets.DEFAULT_FILES), engine.staticFiles().keySet());
    }

    @Test
    void staticFilesShipTheThemeAndTakeTheRepositorysOverridesAndExtras() throws Exception {
        Path dir = templates(Map.of("static/style.css", "body{}", "static/img/logo.svg", "<svg/>"));

        Map<String, byte[]> files = new TemplateEngine(dir).staticFiles();
        Map<String, byte[]> defaults = DEFAULT_THEME.staticFiles();

        assertEquals(List.of("img/logo.svg", "search.js", "site.js", "style.css"), new ArrayList<>(files.keySet()));
        assertEquals("body{}", new String(files.get("style.css"), StandardCharsets.UTF_8));
        assertTrue(new String(defaults.get("style.css"), StandardCharsets.UTF_8).contains(".review-overdue"));
        assertTrue(new String(defaults.get("site.js"), StandardCharsets.UTF_8).contains("'use strict'"));
        assertEquals(new String(defaults.get("site.js"), StandardCharsets.UTF_8),
                new String(files.get("site.js"), StandardCharsets.UTF_8));
    }

    @Test
    void renderingFromSeveralThreadsGivesTheSamePages() throws Exception {
        Map<String, Object> pages = everyHtmlPage();
        Map<String, String> expected = new LinkedHashMap<>();
        pages.forEach((key, view) -> expected.put(key, DEFAULT_THEME.render(templateOf(key), view)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                pages.forEach((key, view) -> results.add(pool.submit(
                        () -> expected.get(key).equals(DEFAULT_THEME.render(templateOf(key), view)))));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void headingViewsKeepTheirLevelForIndentation() {
        var toc = List.of(new HeadingView(2, "a", "A"), new HeadingView(3, "b", "B"), new HeadingView(2, "c", "C"));
        var doc = html("policy.ftlh", SampleViews.currentPage("P", SampleViews.BODY, toc));

        assertEquals(List.of("toc-level-2", "toc-level-3", "toc-level-2"), doc.select("nav.toc li").eachAttr("class"));
    }

    private static org.w3c.dom.Document xml(String text) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
