package dev.trustcenter.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustcenter.testing.TestSite;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sample site in headless Chromium, served over HTTP: what the scripts add (live review
 * banners, the compare form, search, copy-link) and that every page still works without them.
 */
@Tag("browser")
class BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path tmp;

    private static SampleInBrowser sample;
    private static TestSite site;
    private static SiteServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        sample = SampleInBrowser.start(tmp);
        site = sample.site();
        server = sample.server();
        browser = sample.browser();
    }

    @AfterAll
    static void stop() {
        if (sample != null) {
            sample.close();
        }
    }

    private static void open(WebDriver driver, String sitePath) {
        driver.get(server.url(sitePath));
    }

    private static <T> T waitFor(WebDriver driver, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    /** Opens a page with the browser's clock set to noon UTC on {@code day}, before any script runs. */
    private static void openOn(LocalDate day, String sitePath) {
        String clock = """
                (() => {
                  const fixed = Date.UTC(%d, %d, %d, 12);
                  const RealDate = Date;
                  class FixedDate extends RealDate {
                    constructor(...args) { if (args.length) { super(...args); } else { super(fixed); } }
                    static now() { return fixed; }
                  }
                  window.Date = FixedDate;
                })();
                """.formatted(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
        Map<String, Object> added = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", clock));
        try {
            open(browser, sitePath);
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
        }
    }

    @Test
    void theReviewBannerSaysOverdueWhenThePageIsOpenedAfterTheDueDate() {
        JsonNode policy = site.policy("security-policy");
        LocalDate due = LocalDate.parse(policy.get("nextReview").asText());
        assertEquals("current", policy.get("reviewStatus").asText(), "the sample's security policy is current when built");
        assertTrue(site.select("/security-policy/", ".review-banner").hasClass("review-current"));

        openOn(due.plusDays(1), "/security-policy/");
        WebElement banner = browser.findElement(By.cssSelector(".review-banner"));
        assertEquals("Review overdue since " + day(due), banner.getText());
        assertTrue(banner.getAttribute("class").contains("review-overdue"), banner.getAttribute("class"));
        assertFalse(banner.getAttribute("class").contains("review-current"), banner.getAttribute("class"));

        openOn(due.minusDays(3), "/security-policy/");
        assertEquals("Review due in 3 days (" + day(due) + ")", browser.findElement(By.cssSelector(".review-banner")).getText());
    }

    @Test
    void theHomePageCountsOverduePoliciesAsOfTheReadersDate() {
        LocalDate later = LocalDate.parse(SampleSite.TODAY).plusMonths(3);
        long overdue = 0;
        for (JsonNode p : site.policiesJson().get("policies")) {
            if (!p.get("retired").asBoolean() && LocalDate.parse(p.get("nextReview").asText()).isBefore(later)) {
                overdue++;
            }
        }
        assertTrue(overdue > Integer.parseInt(site.select("/", "[data-review-count=overdue]").text()),
                "more policies are overdue three months after the build");
        openOn(later, "/");
        assertEquals(String.valueOf(overdue), browser.findElement(By.cssSelector("[data-review-count=overdue]")).getText());
        assertEquals(overdue, browser.findElements(By.cssSelector(".policy-card .review-overdue")).size());
    }

    /** Sent when the later version was the current one, a comparison's link leads on once the policy moved on. */
    @Test
    void aComparisonWithWhatWasThenTheCurrentTextLeadsToTheComparisonWithTheCurrentText() {
        JsonNode reviews = site.policy("security-policy").get("reviews");
        String oldest = reviews.get(0).get("label").asText().toLowerCase();
        String thenCurrent = reviews.get(reviews.size() - 2).get("label").asText().toLowerCase();
        String current = reviews.get(reviews.size() - 1).get("label").asText().toLowerCase();
        String gone = "/security-policy/compare/" + oldest + "..." + thenCurrent + "/side-by-side/";
        assertFalse(site.exists(gone), gone + " is no longer published");
        open(browser, gone + "#change-1");
        String expected = "/security-policy/compare/" + oldest + "..." + current + "/side-by-side/";
        assertTrue(site.exists(expected), expected);
        waitFor(browser, d -> d.getCurrentUrl().equals(server.url(expected) + "#change-1"));
        assertEquals("What changed in Security Policy", browser.findElement(By.tagName("h1")).getText());

        open(browser, "/security-policy/compare/nowhere..." + current + "/");
        assertEquals("Page not found", browser.findElement(By.tagName("h1")).getText(), "no version to compare from");
    }

    @Test
    void theCompareFormReachesTheDiffBetweenTheChosenVersions() {
        String oldest = site.policy("security-policy").get("reviews").get(0).get("label").asText().toLowerCase();
        org.jsoup.nodes.Element option = site.select("/security-policy/history/", "#compare-from option[value=" + oldest + "]");
        List<String> targets = List.of(option.attr("data-targets").split(" "));
        assertTrue(targets.size() >= 2, "the oldest review has diffs to several versions: " + targets);

        for (String target : targets) {
            String expected = "/security-policy/compare/" + oldest + "..." + target + "/";
            assertTrue(site.exists(expected), expected);
            open(browser, "/security-policy/history/");
            assertTrue(browser.findElement(By.cssSelector("form.compare-form")).isDisplayed(), "the script shows the form");
            new Select(browser.findElement(By.id("compare-from"))).selectByValue(oldest);
            new Select(browser.findElement(By.id("compare-to"))).selectByValue(target);
            browser.findElement(By.cssSelector("form.compare-form button[type=submit]")).click();
            waitFor(browser, d -> d.getCurrentUrl().equals(server.url(expected)));
            assertEquals("What changed in Security Policy", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElement(By.cssSelector("article.policy-diff")).isDisplayed());
        }
    }

    @Test
    void diffPagesLineUpVersionsIndentNestedItemsAndTellScreenReadersWhereChangesAre() {
        String url = null;
        for (JsonNode diff : site.policy("security/access-control").get("diffs")) {
            Document page = site.page(diff.get("url").asText());
            if (!page.select("article.policy-diff li.depth-1").isEmpty() && !page.select("article.policy-diff ins").isEmpty()
                    && !page.select("article.policy-diff del").isEmpty()) {
                url = diff.get("url").asText();
                break;
            }
        }
        assertTrue(url != null, "the sample has a diff with a nested list, insertions and deletions");
        open(browser, url);
        WebElement top = browser.findElement(By.cssSelector("article.policy-diff li.depth-0"));
        WebElement nested = browser.findElement(By.cssSelector("article.policy-diff li.depth-1"));
        assertTrue(nested.getRect().getX() > top.getRect().getX(), "a nested item is indented");
        JavascriptExecutor js = browser;
        String script = "return getComputedStyle(arguments[0], arguments[1]).content";
        WebElement ins = browser.findElement(By.cssSelector("article.policy-diff ins"));
        WebElement del = browser.findElement(By.cssSelector("article.policy-diff del"));
        assertEquals("\"[insertion start] \"", js.executeScript(script, ins, "::before"));
        assertEquals("\" [insertion end]\"", js.executeScript(script, ins, "::after"));
        assertEquals("\"[deletion start] \"", js.executeScript(script, del, "::before"));
        assertEquals("\" [deletion end]\"", js.executeScript(script, del, "::after"));
        assertEquals("inset(50%)", js.executeScript("return getComputedStyle(arguments[0], '::before').clipPath", ins),
                "the words are for screen readers only");

        open(browser, url + "side-by-side/");
        for (WebElement row : browser.findElements(By.cssSelector(".diff-side .diff-row"))) {
            Rectangle older = row.findElement(By.cssSelector(".diff-old")).getRect();
            Rectangle newer = row.findElement(By.cssSelector(".diff-new")).getRect();
            assertEquals(older.getY(), newer.getY(), "a block's two versions side by side, level");
            assertTrue(newer.getX() >= older.getX() + older.getWidth(), "the newer version to the right of the older");
        }
    }

    @Test
    void aParagraphInsertedWholeIsHighlightedAsInsertedWordsAre() throws Exception {
        open(browser, "/incident-response/compare/2024-q1...2026-q3/");
        WebElement paragraph = browser.findElement(By.cssSelector("article.policy-diff .diff-block.diff-insert > ins > p"));
        String insertedWords = (String) browser.executeScript("return getComputedStyle(arguments[0]).backgroundColor",
                browser.findElement(By.cssSelector("article.policy-diff li.diff-insert ins, article.policy-diff p ins")));
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(paragraph.getScreenshotAs(OutputType.BYTES)));
        int highlighted = 0;
        for (int y = 0; y < shot.getHeight(); y++) {
            for (int x = 0; x < shot.getWidth(); x++) {
                Color c = new Color(shot.getRGB(x, y));
                highlighted += ("rgb(" + c.getRed() + ", " + c.getGreen() + ", " + c.getBlue() + ")").equals(insertedWords) ? 1 : 0;
            }
        }
        assertTrue(highlighted > shot.getWidth() * shot.getHeight() / 2,
                "most of the paragraph is on the insertion colour " + insertedWords + ": " + highlighted + " of "
                        + shot.getWidth() * shot.getHeight() + " pixels");
    }

    @Test
    void aChangesLinksSitAtTheRightOfItsFirstLineKeepingAListItemsTextByItsBullet() {
        open(browser, "/privacy-notice/compare/2025-q1...2026-q3/");
        WebElement item = browser.findElement(By.cssSelector("article.policy-diff li.diff-insert"));
        Rectangle li = item.getRect();
        Rectangle nav = item.findElement(By.cssSelector(".diff-nav-links")).getRect();
        assertEquals(li.getY(), nav.getY(), "on the item's first line");
        assertTrue(Math.abs(li.getX() + li.getWidth() - (nav.getX() + nav.getWidth())) <= 1, "at its right: " + li + " " + nav);
        List<Integer> linkTops = item.findElements(By.cssSelector("a.diff-nav")).stream().map(a -> a.getRect().getY()).distinct().toList();
        assertEquals(1, linkTops.size(), "the links on one line, not one per line");
    }

    @Test
    void sideBySideTablesKeepTheirColumnsInLineAndAPhoneShowsUnchangedTextOnce() {
        String url = null;
        for (JsonNode diff : site.policy("subprocessors").get("diffs")) {
            Document page = site.page(diff.get("url").asText() + "side-by-side/");
            if (page.select(".diff-side .diff-row.diff-equal table").size() > 2 && !page.select(".diff-row:not(.diff-equal)").isEmpty()) {
                url = diff.get("url").asText() + "side-by-side/";
                break;
            }
        }
        assertTrue(url != null, "the sample has a side-by-side diff with unchanged table rows and a change");
        open(browser, url);
        Rectangle header = browser.findElement(By.cssSelector(".header-inner")).getRect();
        Rectangle main = browser.findElement(By.tagName("main")).getRect();
        assertEquals(List.of(main.getX(), main.getWidth()), List.of(header.getX(), header.getWidth()),
                "the header spans the wide page, as the columns do");
        List<Integer> cellStarts = null;
        for (WebElement row : browser.findElements(By.cssSelector(".diff-side .diff-row.diff-equal > .diff-old tr"))) {
            List<Integer> starts = row.findElements(By.cssSelector("th, td")).stream().map(c -> c.getRect().getX()).toList();
            if (cellStarts == null) {
                cellStarts = starts;
            }
            assertEquals(cellStarts, starts, "every row's cells start where the header's do");
        }

        Dimension wide = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 900));
        try {
            open(browser, url);
            WebElement equalRow = browser.findElement(By.cssSelector(".diff-side .diff-row.diff-equal"));
            assertFalse(equalRow.findElement(By.cssSelector(".diff-old")).isDisplayed(), "unchanged text once on a phone");
            assertTrue(equalRow.findElement(By.cssSelector(".diff-new")).isDisplayed());
            WebElement changedOld = browser.findElement(By.cssSelector(".diff-side .diff-row:not(.diff-equal) > .diff-old:not(.diff-empty),"
                    + " .diff-side .diff-row:not(.diff-equal) > .diff-new"));
            String label = (String) ((JavascriptExecutor) browser).executeScript(
                    "return getComputedStyle(arguments[0], '::before').content", changedOld);
            assertTrue(label.equals("\"Before\"") || label.equals("\"After\""), label);
        } finally {
            browser.manage().window().setSize(wide);
        }
    }

    @Test
    void anOldAddressOfARenamedPolicyKeepsTheSectionALinkPointsInto() {
        String review = site.policy("privacy-notice").get("reviews").get(0).get("url").asText();
        String section = site.page(review).select("article.policy-body h2[id]").first().id();
        String old = review.replace("/privacy-notice/", "/privacy/");
        open(browser, old + "#" + section);
        waitFor(browser, d -> d.getCurrentUrl().endsWith(review + "#" + section));
        assertEquals(server.url(review) + "#" + section, browser.getCurrentUrl());
    }

    @Test
    void searchFindsAPolicyByAWordInItsBody() {
        assumeTrue(site.exists("/search/"), "the site has no /search/ page yet (search is built in a parallel branch)");
        String word = wordOnlyIn("/security-policy/");
        // as typed, and as pasted with the punctuation after it
        for (String query : List.of(word, word + "%3A", "%28" + word + "%29%2C")) {
            open(browser, "/search/?q=" + query);
            List<String> found = waitFor(browser, d -> {
                List<String> paths = new ArrayList<>();
                for (WebElement a : d.findElements(By.cssSelector("main a[href]"))) {
                    String path = URI.create(a.getAttribute("href")).getPath();
                    if (path.startsWith("/security-policy/")) {
                        paths.add(path);
                    }
                }
                return paths.isEmpty() ? null : paths;
            });
            assertFalse(found.isEmpty(), "no result for '" + query + "' links to the security policy");
        }
    }

    /** A word of the policy's current text that no other policy's current text contains. */
    private static String wordOnlyIn(String policyPage) {
        Set<String> elsewhere = new HashSet<>();
        for (JsonNode p : site.policiesJson().get("policies")) {
            String url = p.get("url").asText();
            if (!url.equals(policyPage)) {
                elsewhere.addAll(words(site.page(url)));
            }
        }
        return words(site.page(policyPage)).stream().filter(w -> w.length() >= 8 && !elsewhere.contains(w)).findFirst()
                .orElseThrow(() -> new AssertionError("no word only " + policyPage + " uses"));
    }

    private static List<String> words(Document page) {
        return List.of(page.select("article.policy-body").text().toLowerCase().split("[^a-z]+"));
    }

    /**
     * The copy button gives the version's permanent URL, a section's link its own: on the
     * clipboard, or in the {@code input.copied-link} shown when the clipboard is unavailable.
     */
    @Test
    void copyLinkGivesThePermanentUrlOfTheVersionAndOfASection() {
        Document page = site.page("/security-policy/");
        assumeTrue(!page.select("a.permanent-link").isEmpty(),
                "policy pages have no permanent links by section yet (copy-link is built in a parallel branch)");
        Set<String> permanent = new HashSet<>();
        page.select("a.permanent-link, a.version-link").forEach(a -> permanent.add(pathAndFragment(a.absUrl("href"))));
        String version = site.policy("security-policy").get("reviews").get(site.policy("security-policy").get("reviews").size() - 1)
                .get("url").asText();
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", server.url(""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        open(browser, "/security-policy/");
        List<WebElement> buttons = browser.findElements(By.xpath("//main//button[contains(translate(normalize-space(.),"
                + " 'COPY', 'copy'), 'copy') or contains(translate(@aria-label, 'COPY', 'copy'), 'copy')]"));
        assumeTrue(!buttons.isEmpty(), "policy pages have no copy-link button yet");

        buttons.get(0).click();
        String copied = waitForCopied(version);
        assertTrue(copied.startsWith("http"), "an absolute URL: " + copied);
        assertTrue(permanent.contains(pathAndFragment(copied)), copied + " is none of the permanent links " + permanent);

        WebElement section = browser.findElement(By.cssSelector("article.policy-body a.permanent-link"));
        String sectionUrl = pathAndFragment(section.getAttribute("href"));
        assertTrue(sectionUrl.startsWith(version + "#"), "a section of this version: " + sectionUrl);
        section.click();
        assertTrue(waitForCopied(sectionUrl).startsWith("http"));
    }

    /** Waits until the clipboard or a shown {@code input.copied-link} holds an absolute URL to {@code sitePath}. */
    private static String waitForCopied(String sitePath) {
        return waitFor(browser, d -> {
            List<String> values = new ArrayList<>();
            d.findElements(By.cssSelector("input.copied-link")).forEach(f -> values.add(f.getAttribute("value")));
            values.add(String.valueOf(((JavascriptExecutor) d).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "const late = new Promise(r => setTimeout(() => r(''), 500));"
                    + "Promise.race([navigator.clipboard.readText(), late]).then(done, () => done(''));")));
            return values.stream().filter(v -> v != null && v.startsWith("http") && pathAndFragment(v).equals(sitePath))
                    .findFirst().orElse(null);
        });
    }

    private static String pathAndFragment(String url) {
        URI uri = URI.create(url);
        return uri.getPath() + (uri.getFragment() == null ? "" : "#" + uri.getFragment());
    }

    @Test
    void pagesLoadNothingFromOutsideTheSite() {
        Set<String> outside = new HashSet<>();
        for (String page : List.of("/", "/security-policy/", "/security-policy/history/", "/security-policy/2024-q1/",
                firstDiff(), "/404.html")) {
            open(browser, page);
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) browser.executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name);");
            loaded.stream().filter(u -> !u.startsWith(server.url("/"))).forEach(outside::add);
        }
        assertEquals(Set.of(), outside);
        assertTrue(server.requested().contains("/assets/style.css") && server.requested().contains("/assets/site.js"),
                () -> "the theme's stylesheet and script are served by the site: " + server.requested());
    }

    private static String firstDiff() {
        return site.policy("security-policy").get("diffs").get(0).get("url").asText();
    }

    @Test
    void pagesWorkWithJavaScriptOff() {
        ChromeDriver plain = Chromium.start(tmp.resolve("profile-no-js"), false);
        try {
            open(plain, "/security-policy/history/");
            assertFalse(plain.findElement(By.cssSelector("form.compare-form")).isDisplayed(),
                    "JavaScript is off, so the compare form stays hidden");
            WebElement pairs = plain.findElement(By.cssSelector(".compare-links"));
            assertTrue(pairs.isDisplayed(), "the links to every published diff stand in for the form");
            pairs.findElements(By.tagName("a")).get(0).click();
            waitFor(plain, d -> d.getCurrentUrl().contains("/security-policy/compare/"));
            assertTrue(plain.findElement(By.cssSelector("article.policy-diff")).isDisplayed());

            open(plain, "/");
            plain.findElement(By.linkText("Security Policy")).click();
            waitFor(plain, d -> d.getCurrentUrl().equals(server.url("/security-policy/")));
            assertEquals("Security Policy", plain.findElement(By.tagName("h1")).getText());
            assertEquals(site.select("/security-policy/", ".review-banner").text(),
                    plain.findElement(By.cssSelector(".review-banner")).getText(), "the banner as built");
            WebElement body = plain.findElement(By.cssSelector("article.policy-body"));
            assertTrue(body.isDisplayed() && body.getText().length() > 500, "the policy text is shown");

            plain.findElement(By.linkText("History")).click();
            waitFor(plain, d -> d.getCurrentUrl().equals(server.url("/security-policy/history/")));
            plain.findElements(By.cssSelector(".diff-nav a")).get(0).click();
            waitFor(plain, d -> d.getCurrentUrl().contains("/security-policy/compare/"));
            assertTrue(plain.findElement(By.cssSelector("article.policy-diff")).isDisplayed());
            assertFalse(plain.findElements(By.cssSelector("article.policy-diff ins, article.policy-diff del")).isEmpty(),
                    "the diff shows its insertions and deletions");
        } finally {
            plain.quit();
        }
    }

    private static String day(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
                + " " + date.getYear();
    }
}
