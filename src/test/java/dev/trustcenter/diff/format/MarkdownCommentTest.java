package dev.trustcenter.diff.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.trustcenter.diff.PolicyDiffer;
import dev.trustcenter.markdown.LinkResolver;
import dev.trustcenter.markdown.MarkdownRenderer;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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

    private static String textWithout(Element item, String tag) {
        Element copy = item.clone();
        copy.select(tag).remove();
        return copy.text().replaceAll("\\s+", " ").trim();
    }
}
