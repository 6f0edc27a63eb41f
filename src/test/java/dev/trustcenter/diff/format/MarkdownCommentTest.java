package dev.trustcenter.diff.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.trustcenter.diff.PolicyDiffer;
import dev.trustcenter.markdown.LinkResolver;
import dev.trustcenter.markdown.MarkdownRenderer;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Markdown comment, rendered as a CommonMark parser renders it (GitHub's is one), reads as each
 * version: without the deleted words the newer sentence, without the inserted ones the older, and
 * no change marker is left over as literal text.
 */
class MarkdownCommentTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    // GitHub's Markdown: CommonMark with ~~strike-through~~, tables and bare URLs made links
    private static final MutableDataSet GFM = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(StrikethroughExtension.create(), TablesExtension.create(), AutolinkExtension.create()));
    private static final Parser PARSER = Parser.builder(GFM).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder(GFM).build();

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        // changes that start or end with punctuation inside a word: ~~ and ** cannot open or close there
        "We pay all Payments received, upon reaching a minimum value of $100 USD, in a given month."
                + " => We pay all Payments received in a given month.",
        "We may amend these terms at any time We will notify you. => We may amend these terms at any time. We will notify you.",
        "Use Actions, Packages and Pages. => Use Actions, Packages, and Pages.",
        "See section 6.3 (Termination). => See section 3.2 (Termination).",
        "Data is encrypted with AES-128 at rest. => Data is encrypted with AES-256 at rest.",
        "Keep 5 * 3 and a|b. => Keep 5 * 3, 2 < 4 and a|b_c [1] intact.",
        "Call (555) 010-0199 or see {c}. => Call (555) 010-0100, or see {c}!",
    })
    void changedWordsAreMarkedWhereverTheyStartAndEnd(String older, String newer) {
        String md = MarkdownDiffFormat.render(PolicyDiffer.diff(RENDERER.render(older + "\n", LinkResolver.NONE),
                RENDERER.render(newer + "\n", LinkResolver.NONE)));
        List<Element> bullets = Jsoup.parseBodyFragment(HTML.render(PARSER.parse(md))).select("li");
        assertEquals(1, bullets.size(), md);
        Element changed = bullets.get(0);
        changed.select("strong").first().remove(); // the "Changed:" label
        assertFalse(changed.text().contains("~~") || changed.text().contains("**"), md);
        assertEquals(newer, textWithout(changed, "del"), md);
        assertEquals(older, textWithout(changed, "ins"), md);
    }

    @Test
    void bracketsInThePolicyTextMakeNoLinkAndParenthesesStayAsWritten() {
        String md = MarkdownDiffFormat.render(PolicyDiffer.diff(RENDERER.render("Call us.\n", LinkResolver.NONE),
                RENDERER.render("Call us (24/7) at \\[the desk\\](desk.html) or !\\[x\\](y.png).\n", LinkResolver.NONE)));
        Element changed = Jsoup.parseBodyFragment(HTML.render(PARSER.parse(md))).selectFirst("li");

        assertTrue(md.contains("(24/7)"), md);
        assertTrue(changed.select("a, img").isEmpty(), changed.outerHtml());
        assertEquals("Changed: Call us (24/7) at [the desk](desk.html) or ![x](y.png).", textWithout(changed, "del"), md);
    }

    private static final String SCOPE = "## Scope\n\nAll systems.\n";
    private static final String LOGGING = """

            ## Logging

            We log access.

            - Kept a year
              - Then deleted
            - Reviewed monthly

            3. Third step
            4. Fourth step

            1\\. Not a list.
            """;

    @Test
    void aSectionAddedWholeIsQuotedAsItReads() {
        Element quote = sectionQuote(SCOPE, SCOPE + LOGGING, "Logging (added)");

        assertEquals(List.of("We log access.", "1. Not a list."), quote.select("> p").eachText());
        assertEquals(List.of("Kept a year", "Reviewed monthly"),
                quote.select("> ul > li").stream().map(e -> e.ownText().strip()).toList());
        assertEquals(List.of("Then deleted"), quote.select("> ul > li > ul > li").eachText());
        assertEquals("3", quote.selectFirst("> ol").attr("start"));
        assertEquals(List.of("Third step", "Fourth step"), quote.select("> ol > li").eachText());
        assertTrue(quote.select("del, ins").isEmpty(), quote.outerHtml());
    }

    @Test
    void aSectionAddedWholeKeepsItsLinksCodeAndEmphasis() {
        String contacts = "\n## Contacts\n\nWrite to [our DPO](https://acme.test/dpo_office) or see [the (old) notice](privacy notice.md)."
                + " Use `gpg | tee` for **secret** *files* and 5 * 3 [brackets] at [https://acme.test/a_b](https://acme.test/a_b).\n";
        Element p = sectionQuote(SCOPE, SCOPE + contacts, "Contacts (added)").selectFirst("> p");
        // a relative link would lead from the comment's page: the file it points to is named instead
        assertEquals("Write to our DPO or see the (old) notice (privacy notice.md). Use gpg | tee for secret files and 5 * 3 [brackets] at"
                + " https://acme.test/a_b.", p.text());
        assertEquals(List.of("https://acme.test/dpo_office", "https://acme.test/a_b"), p.select("a").eachAttr("href"));
        assertEquals(List.of("privacy notice.md", "gpg | tee"), p.select("code").eachText());
        assertEquals(List.of("secret", "files"), p.select("strong, em").eachText());
    }

    /** A place on the policy's page, a note's number or its way back is nowhere to go in a comment. */
    @Test
    void anAddedSectionsLinksIntoThePageAreTextAndItsNoteReferencesAreNumbers() {
        String contacts = "\n## Contacts\n\nWithin [the scope](#scope) write to us[^dpo].\n\n[^dpo]: Our DPO answers.\n";
        Element quote = sectionQuote(SCOPE, SCOPE + contacts, "Contacts (added)");
        Element p = quote.selectFirst("> p");
        assertEquals("Within the scope write to us1.", p.text());
        assertTrue(p.select("a").isEmpty(), p.outerHtml());
        assertEquals("1", p.selectFirst("sup").text());
        assertFalse(quote.text().contains("↩"), quote.outerHtml());
        assertTrue(quote.text().contains("Our DPO answers."), quote.outerHtml());
    }

    @Test
    void aQuoteInASectionAddedWholeIsAQuoteInTheQuote() {
        Element quote = sectionQuote(SCOPE, SCOPE + "\n## Auditor\n\nThe auditor wrote:\n\n> No findings this year.\n",
                "Auditor (added)");
        assertEquals("The auditor wrote:", quote.selectFirst("> p").text(), quote.outerHtml());
        assertEquals("No findings this year.", quote.selectFirst("> blockquote").text(), quote.outerHtml());
    }

    @Test
    void anImageWhoseAddressTheSanitizerDroppedIsLeftOut() {
        String md = MarkdownDiffFormat.render(PolicyDiffer.diff(RENDERER.render(SCOPE, LinkResolver.NONE),
                RENDERER.render(SCOPE + "\n## Logo\n\nOur logo <img src=\"javascript:alert(1)\" alt=\"logo\"> and"
                        + " ![chart](https://acme.test/chart.png).\n", LinkResolver.NONE)));
        assertFalse(md.contains("![logo]") || md.contains("]()"), md);
        assertTrue(md.contains("Our logo  and ![chart](https://acme.test/chart.png).")
                || md.contains("Our logo and ![chart](https://acme.test/chart.png)."), md);
    }

    /** Posted as a comment, "@security-team" in a policy would notify that team. */
    @Test
    void aHandleInThePolicyTextMentionsNoOneButAnAddressStaysAsItIs() {
        String md = MarkdownDiffFormat.render(PolicyDiffer.diff(RENDERER.render("Ask the team.\n", LinkResolver.NONE),
                RENDERER.render("Ask @security-team or dpo@acme.test.\n", LinkResolver.NONE)));
        assertTrue(md.contains("@\u2060security"), md);
        assertTrue(md.contains("dpo@acme.test"), md);
        String rendered = textWithout(Jsoup.parseBodyFragment(HTML.render(PARSER.parse(md))).selectFirst("li"), "del");
        assertTrue(rendered.endsWith("Ask @\u2060security-team or dpo@acme.test."), rendered);
    }

    @Test
    void aLinkThatPointsElsewhereIsATableRowWithBothTargets() {
        String md = MarkdownDiffFormat.render(PolicyDiffer.diff(
                RENDERER.render("Write to [our_DPO](https://acme.test/dpa_v1#section-2).\n", LinkResolver.NONE),
                RENDERER.render("Write to [our_DPO](https://evil.test/dpa_v2?a=1&b=2#c).\n", LinkResolver.NONE)));
        Document comment = Jsoup.parseBodyFragment(HTML.render(PARSER.parse(md)));

        assertEquals("Material change: no word changed, but links or images did", comment.selectFirst("strong").text());
        assertEquals(List.of("Link", "Points to before", "Points to now"), comment.select("thead th").eachText(), md);
        // the addresses as written: an escaped "dpa\\_v1" once showed, and linked, with its backslash
        assertEquals(List.of("our_DPO", "https://acme.test/dpa_v1#section-2", "https://evil.test/dpa_v2?a=1&b=2#c"),
                comment.select("tbody td").eachText(), md);
        assertEquals(List.of("https://acme.test/dpa_v1#section-2", "https://evil.test/dpa_v2?a=1&b=2#c"),
                comment.select("tbody td code").eachText(), md);
    }

    @Test
    void aBareUrlInChangedTextLinksToItsAddressAsWritten() {
        String md = MarkdownDiffFormat.render(PolicyDiffer.diff(
                RENDERER.render("Report issues at https://acme.test/report_issue#form today.\n", LinkResolver.NONE),
                RENDERER.render("Report issues at https://acme.test/report_issue#form within a_day or 2 * 3 hours.\n", LinkResolver.NONE)));
        Element item = Jsoup.parseBodyFragment(HTML.render(PARSER.parse(md))).selectFirst("li");
        assertEquals("https://acme.test/report_issue#form", item.selectFirst("a").attr("href"), md);
        assertEquals("Changed: Report issues at https://acme.test/report_issue#form within a_day or 2 * 3 hours.", textWithout(item, "del"), md);
    }

    @Test
    void addedRawHtmlThatIsOnlyTextIsQuotedAsText() {
        // the sanitizer leaves a bare text node; the comment took it for an element and failed
        Element quote = sectionQuote(SCOPE, SCOPE + "\n## Raw\n\n<foo>\nHello there\n</foo>\n\nA [link](https://a.test/\\\\).\n", "Raw (added)");
        assertTrue(quote.text().contains("Hello there"), quote.outerHtml());
        assertEquals("A link.", quote.select("p").last().text(), "a backslash in the address does not keep the link open");
    }

    @Test
    void aUrlInThePolicyTextCannotMakeALinkOrImageOfItsOwn() {
        String url = "https://acme.test/x/[Security_team_approved](https://evil.test/phish)![pixel](https://evil.test/p.png)";
        String md = MarkdownDiffFormat.render(PolicyDiffer.diff(
                RENDERER.render("Run `curl " + url + "` daily.\n", LinkResolver.NONE),
                RENDERER.render("Run `curl " + url + "` hourly.\n", LinkResolver.NONE)));
        Element item = Jsoup.parseBodyFragment(HTML.render(PARSER.parse(md))).selectFirst("li");
        assertTrue(item.select("img").isEmpty(), md);
        assertEquals(List.of(url), item.select("a").eachAttr("href"), "one link, to the address as written: " + md);
        assertEquals("Changed: Run curl " + url + " hourly.", textWithout(item, "del"), md);
    }

    @Test
    void aNestedItemAddedUnderAnUnchangedOneSaysUnderWhich() {
        String older = "- Engineers get read access\n  - Logs\n- Support gets nothing\n";
        String newer = "- Engineers get read access\n  - Logs\n  - Break-glass access with approval\n- Support gets nothing\n";
        String md = MarkdownDiffFormat.render(PolicyDiffer.diff(RENDERER.render(older, LinkResolver.NONE),
                RENDERER.render(newer, LinkResolver.NONE)));
        Element bullet = Jsoup.parseBodyFragment(HTML.render(PARSER.parse(md))).selectFirst("li");

        assertEquals("Added: Break-glass access with approval (under “Engineers get read access”)", bullet.text(), md);
        assertEquals("Engineers get read access", bullet.selectFirst("em").text().replaceAll("^\\(under “|”\\)$", ""));
    }

    @Test
    void aSectionRemovedWholeIsQuotedStruckThrough() {
        Element quote = sectionQuote(SCOPE + LOGGING, SCOPE, "Logging (removed)");

        assertEquals("", textWithout(quote, "del"), quote.outerHtml());
        assertEquals("We log access. Kept a year Then deleted Reviewed monthly Third step Fourth step 1. Not a list.",
                quote.text());
    }

    private static final String VENDORS = """
            ## Subprocessors

            | Name | Purpose | Location |
            |---|---|---|
            | Acme Mail | Email | US |
            | Old Co | Fax \\| print | US |
            | Blue Cloud | Hosting | EU |
            """;

    @Test
    void changedRowsOfATableAreATableUnderItsColumnNames() {
        String newer = VENDORS.replace("| Email |", "| Email and SMS |").replace("| Old Co | Fax \\| print | US |\n", "")
                + "| Lumen | Analytics (product) | |\n";
        String md = MarkdownDiffFormat.render(PolicyDiffer.diff(RENDERER.render(VENDORS, LinkResolver.NONE),
                RENDERER.render(newer, LinkResolver.NONE)));
        Document doc = Jsoup.parseBodyFragment(HTML.render(PARSER.parse(md)));
        assertEquals("Subprocessors", doc.selectFirst("h4").text(), md);
        Element table = doc.selectFirst("h4 + table");
        assertEquals(List.of("Change", "Name", "Purpose", "Location"), table.select("thead th").eachText(), md);
        List<Element> rows = table.select("tbody tr");
        assertEquals(List.of("Changed", "Removed", "Added"), rows.stream().map(r -> r.child(0).text()).toList(), md);
        assertEquals(List.of("Acme Mail", "Email and SMS", "US"), cellsWithout(rows.get(0), "del"), md);
        assertEquals(List.of("Acme Mail", "Email", "US"), cellsWithout(rows.get(0), "ins"), md);
        assertEquals(List.of("Old Co", "Fax | print", "US"), cellsWithout(rows.get(1), "ins"), md);
        assertEquals(List.of("", "", ""), cellsWithout(rows.get(1), "del"), md);
        assertEquals(List.of("Lumen", "Analytics (product)", ""), cellsWithout(rows.get(2), "ins"), md);
        assertTrue(doc.select("li").isEmpty(), md);
    }

    private static final String TABLE = "| Name | Purpose |\n|---|---|\n| AWS | Hosting |\n| Stripe | Payments |\n";

    @Test
    void aTableAddedToASectionIsOneTableUnderItsColumnNamesWithNoBulletForItsHeader() {
        String older = "## Subprocessors\n\nWe use these.\n";
        assertOneAddedTable("Subprocessors", MarkdownDiffFormat.render(PolicyDiffer.diff(
                RENDERER.render(older, LinkResolver.NONE), RENDERER.render(older + "\n" + TABLE, LinkResolver.NONE))));
    }

    @Test
    void aTableInANewPolicysOpeningTextIsOneTableWithNoBulletForItsHeader() {
        assertOneAddedTable("Opening text", MarkdownDiffFormat.render(PolicyDiffer.diff(
                RENDERER.render("", LinkResolver.NONE), RENDERER.render("Intro.\n\n" + TABLE, LinkResolver.NONE))));
    }

    private static void assertOneAddedTable(String heading, String md) {
        Document doc = Jsoup.parseBodyFragment(HTML.render(PARSER.parse(md)));
        assertEquals(heading, doc.selectFirst("h4").text(), md);
        assertFalse(md.contains("NamePurpose"), "no bullet running the column names together: " + md);
        assertEquals(1, doc.select("table").size(), md);
        assertEquals(List.of("Change", "Name", "Purpose"), doc.select("thead th").eachText(), md);
        assertEquals(List.of("Added AWS Hosting", "Added Stripe Payments"), doc.select("tbody tr").eachText(), md);
    }

    @Test
    void aTableRemovedWholeIsOneTableOfRemovedRows() {
        String older = "## Subprocessors\n\nWe use these.\n\n| Name | Purpose |\n|---|---|\n| AWS | Hosting |\n";
        String md = MarkdownDiffFormat.render(PolicyDiffer.diff(RENDERER.render(older, LinkResolver.NONE),
                RENDERER.render("## Subprocessors\n\nWe use these.\n", LinkResolver.NONE)));
        Document doc = Jsoup.parseBodyFragment(HTML.render(PARSER.parse(md)));
        assertTrue(doc.select("li").isEmpty(), md);
        assertEquals(List.of("Change", "Name", "Purpose"), doc.select("thead th").eachText(), md);
        assertEquals(List.of("Removed AWS Hosting"), doc.select("tbody tr").eachText(), md);
    }

    @Test
    void aTableInASectionAddedWholeIsQuotedAsATable() {
        Element quote = sectionQuote(SCOPE, SCOPE + "\n" + VENDORS, "Subprocessors (added)");

        Element table = quote.selectFirst("> table");
        assertEquals(List.of("Name", "Purpose", "Location"), table.select("thead th").eachText(), quote.outerHtml());
        assertEquals(List.of(List.of("Acme Mail", "Email", "US"), List.of("Old Co", "Fax | print", "US"),
                List.of("Blue Cloud", "Hosting", "EU")), table.select("tbody tr").stream().map(Element::children)
                .map(cells -> cells.eachText()).toList());
    }

    private static final String RETENTION = "## Retention\n\nSet these:\n\n```yaml\nretention:\n  logs: 365\n  backups: 30\n```\n";

    @Test
    void aCodeBlockInASectionAddedWholeKeepsItsLinesAndLanguage() {
        Element code = sectionQuote(SCOPE, SCOPE + RETENTION, "Retention (added)").selectFirst("pre > code");
        assertEquals("language-yaml", code.className());
        assertEquals("retention:\n  logs: 365\n  backups: 30\n", code.wholeText());
    }

    @Test
    void aFenceInsideAChangedCodeBlockDoesNotCloseTheDiff() {
        String older = "## Docs\n\n````markdown\nWrite code as:\n```\nmake\n```\n````\n";
        String md = MarkdownDiffFormat.render(PolicyDiffer.diff(RENDERER.render(older, LinkResolver.NONE),
                RENDERER.render(older.replace("make", "make test"), LinkResolver.NONE)));
        Document doc = Jsoup.parseBodyFragment(HTML.render(PARSER.parse(md)));
        assertEquals(" Write code as:\n ```\n-make\n+make test\n ```\n", doc.selectFirst("li pre > code").wholeText(), md);
        assertEquals(1, doc.select("li").size(), md);
    }

    @Test
    void aChangedCodeBlockShowsItsLinesAsADiffThatNoBacktickInItCloses() {
        String newer = RETENTION.replace("  logs: 365\n", "  logs: 400\n  audit: ``` 730\n");
        String md = MarkdownDiffFormat.render(PolicyDiffer.diff(RENDERER.render(RETENTION, LinkResolver.NONE),
                RENDERER.render(newer, LinkResolver.NONE)));
        Document doc = Jsoup.parseBodyFragment(HTML.render(PARSER.parse(md)));
        Element item = doc.selectFirst("li");
        assertEquals("Changed:", item.selectFirst("strong").text(), md);
        // in the list item, a diff GitHub colours line by line; the line with backticks stays inside
        Element code = item.selectFirst("pre > code.language-diff");
        assertEquals(" retention:\n-  logs: 365\n+  logs: 400\n+  audit: ``` 730\n   backups: 30\n", code.wholeText(), md);
        assertEquals(1, doc.select("li").size(), md);
    }

    /** A row's cells after its label, each without its {@code tag} elements. */
    private static List<String> cellsWithout(Element row, String tag) {
        return row.children().stream().skip(1).map(cell -> textWithout(cell, tag)).toList();
    }

    /** The comment's quote under the section heading {@code heading}; no block is labelled on its own. */
    private static Element sectionQuote(String older, String newer, String heading) {
        String md = MarkdownDiffFormat.render(PolicyDiffer.diff(RENDERER.render(older, LinkResolver.NONE),
                RENDERER.render(newer, LinkResolver.NONE)));
        Document doc = Jsoup.parseBodyFragment(HTML.render(PARSER.parse(md)));
        Element h4 = doc.selectFirst("h4");
        assertEquals(heading, h4.text(), md);
        assertEquals("blockquote", h4.nextElementSibling().tagName(), md);
        assertFalse(doc.text().contains("Added:") || doc.text().contains("Removed:"), md);
        return h4.nextElementSibling();
    }

    private static String textWithout(Element item, String tag) {
        Element copy = item.clone();
        copy.select(tag).remove();
        return copy.text().replaceAll("\\s+", " ").trim();
    }
}
