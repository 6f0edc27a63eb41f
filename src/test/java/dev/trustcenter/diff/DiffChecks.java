package dev.trustcenter.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.trustcenter.markdown.Block;
import dev.trustcenter.markdown.LinkResolver;
import dev.trustcenter.markdown.MarkdownRenderer;
import dev.trustcenter.markdown.RenderedBody;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Rendering shortcuts and the reconstruction property shared by the diff tests. */
final class DiffChecks {

    static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private DiffChecks() {
    }

    static RenderedBody render(String markdown) {
        return RENDERER.render(markdown, LinkResolver.NONE);
    }

    static PolicyDiff diff(String older, String newer) {
        return PolicyDiffer.diff(render(older), render(newer));
    }

    static String normalized(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ").trim();
    }

    /** Navigation and screen-reader-only text are not part of either version. */
    static Element parse(String fragment) {
        Element body = Jsoup.parseBodyFragment(fragment).body();
        body.select(".diff-nav, .sr-only").remove();
        return body;
    }

    /** Text of the fragment with the elements matching {@code selector} removed. */
    static String textWithout(String fragment, String selector) {
        Element body = parse(fragment);
        body.select(selector).remove();
        return normalized(body.text());
    }

    static String columnText(String sideBySide, String column) {
        Element body = parse(sideBySide);
        return normalized(String.join(" ", body.select("." + column).eachText()));
    }

    /**
     * The property: without {@code <del>} the inline fragment reads as the newer version, without
     * {@code <ins>} as the older; the side-by-side columns read as each version; the fragments are
     * well-formed and ids unique; blocks cover each body's text.
     */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    /**
     * The same blocks made into the same HTML are "no text change". The same text otherwise made
     * (bold, a line break, an empty item moved) is never material unless a link or an image points
     * elsewhere, and then it is; other text is never "no text change".
     */
    static void assertChangeTypeFollowsTheHtml(RenderedBody older, RenderedBody newer, PolicyDiff diff, String context) {
        List<String> olderHtml = older.blocks().stream().map(Block::html).toList();
        List<String> newerHtml = newer.blocks().stream().map(Block::html).toList();
        if (olderHtml.equals(newerHtml)) {
            assertEquals(ChangeType.NONE, diff.changeType(), "the same HTML is no text change\n" + context);
        } else if (older.text().equals(newer.text())) {
            boolean retargeted = !targets(older).equals(targets(newer));
            assertEquals(retargeted, diff.changeType() == ChangeType.MATERIAL,
                    "the same text is material exactly when a link or image points elsewhere\n" + context);
        } else {
            assertNotEquals(ChangeType.NONE, diff.changeType(), "other text is a change\n" + context);
        }
    }

    private static List<String> targets(RenderedBody body) {
        return body.blocks().stream().flatMap(b -> LinkTarget.of(b).stream()).map(LinkTarget::target).toList();
    }

    /**
     * Words added less words removed is what the newer version has more: true of any word diff,
     * whatever it counts as moved instead.
     */
    static void assertWordCountsAddUp(RenderedBody older, RenderedBody newer, PolicyDiff diff, String context) {
        assertEquals(words(newer) - words(older), diff.wordsAdded() - diff.wordsRemoved(), context);
    }

    private static int words(RenderedBody body) {
        int n = 0;
        Matcher m = WORD.matcher(String.join(" ", body.blocks().stream().map(Block::text).toList()));
        while (m.find()) {
            n++;
        }
        return n;
    }

    static void assertReconstructs(RenderedBody older, RenderedBody newer, String context) {
        PolicyDiff diff = PolicyDiffer.diff(older, newer);
        String inline = DiffHtml.inline(diff);
        String side = DiffHtml.sideBySide(diff);
        String olderText = normalized(older.text());
        String newerText = normalized(newer.text());
        assertEquals(newerText, textWithout(inline, "del"), "inline without <del>\n" + context + "\n" + inline);
        assertEquals(olderText, textWithout(inline, "ins"), "inline without <ins>\n" + context + "\n" + inline);
        assertEquals(olderText, columnText(side, "diff-old"), "older column\n" + context + "\n" + side);
        assertEquals(newerText, columnText(side, "diff-new"), "newer column\n" + context + "\n" + side);
        assertWellFormed(inline, context);
        assertWellFormed(side, context);
        assertBlocksCoverText(older, context);
        assertBlocksCoverText(newer, context);
    }

    /** jsoup's tree builder moves or drops misnested markup; a stable round trip means none was. */
    static void assertWellFormed(String fragment, String context) {
        Document doc = Jsoup.parseBodyFragment(fragment);
        doc.outputSettings().prettyPrint(false);
        assertEquals(fragment, doc.body().html(), "fragment is not well-formed\n" + context);
        Set<String> ids = new HashSet<>();
        for (Element e : doc.body().select("[id]")) {
            assertEquals(true, ids.add(e.id()), "duplicate id " + e.id() + "\n" + context);
        }
    }

    static void assertBlocksCoverText(RenderedBody body, String context) {
        List<String> texts = body.blocks().stream().map(Block::text).toList();
        assertEquals(normalized(body.text()), normalized(String.join(" ", texts)), "blocks vs body\n" + context);
    }
}
