package dev.trustcenter.diff.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
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
    // GitHub's Markdown: CommonMark with ~~strike-through~~
    private static final MutableDataSet GFM = new MutableDataSet().set(Parser.EXTENSIONS, List.of(StrikethroughExtension.create()));
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
    void aSectionRemovedWholeIsQuotedStruckThrough() {
        Element quote = sectionQuote(SCOPE + LOGGING, SCOPE, "Logging (removed)");

        assertEquals("", textWithout(quote, "del"), quote.outerHtml());
        assertEquals("We log access. Kept a year Then deleted Reviewed monthly Third step Fourth step 1. Not a list.",
                quote.text());
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
