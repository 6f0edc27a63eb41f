package dev.trustcenter.diff;

import dev.trustcenter.diff.HtmlToken.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the content of a block's root element into {@link HtmlToken}s. Nested block elements are
 * separated by a space token at their parent's level (jsoup's text() separates them too), and
 * consecutive collapsible spaces become one, keeping the outermost, so the tokens line up with
 * the block's plain text. One instance per block; not thread-safe.
 */
final class HtmlTokenizer {

    private static final Set<String> STRUCTURAL = Set.of("ul", "ol", "dl", "table", "thead", "tbody", "tfoot",
            "tr", "colgroup");

    private final List<HtmlToken> tokens = new ArrayList<>();

    private HtmlTokenizer() {
    }

    /**
     * Tokens of the root's content, leaving the root (a block's shared DOM) untouched. The ids of
     * the root's descendants are left out, but for an empty anchor's in the newer version's HTML:
     * the older and newer copy of a nested heading must compare and render as one, and a frame
     * reopened after a deletion must not repeat its id.
     */
    static List<HtmlToken> tokens(Element root) {
        HtmlTokenizer tokenizer = new HtmlTokenizer();
        tokenizer.children(root, List.of(), root.tag().preserveWhitespace());
        List<HtmlToken> tokens = tokenizer.tokens;
        while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).space()) {
            tokens.remove(tokens.size() - 1);
        }
        return tokens;
    }

    private void children(Element parent, List<Frame> frames, boolean pre) {
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode text) {
                text(text.getWholeText(), frames, pre);
            } else if (child instanceof Element e) {
                element(e, frames, pre);
            }
        }
    }

    private void element(Element e, List<Frame> frames, boolean pre) {
        boolean block = e.isBlock();
        if (block) {
            space(" ", "\n", frames);
        }
        if (e.nameIs("br")) {
            space(" ", "<br>", frames);
        } else if (e.childNodeSize() == 0) {
            // an anchor (<a name="fees"> as written) keeps its id where the newer version shows:
            // a link to it must land on the change; the id is not compared
            String html = DiffMarkup.contentMarks(withoutId(e).outerHtml());
            String newer = e.nameIs("a") && e.hasAttr("id") ? DiffMarkup.newer(e.outerHtml()) : html;
            tokens.add(new HtmlToken("\u0001" + html, newer, frames, false, false, html));
        } else {
            boolean preserve = pre || e.tag().preserveWhitespace();
            List<Frame> inner = new ArrayList<>(frames);
            inner.add(frame(e, preserve));
            children(e, List.copyOf(inner), preserve);
        }
        if (block) {
            space(" ", "\n", frames);
        }
    }

    private static Frame frame(Element e, boolean preserve) {
        String name = DiffMarkup.contentTag(e.normalName());
        return new Frame("<" + name + withoutId(e).attributes().html() + ">", "</" + name + ">", preserve,
                STRUCTURAL.contains(name));
    }

    /** Only ever called for descendants of the root. */
    private static Element withoutId(Element e) {
        if (!e.hasAttr("id")) {
            return e;
        }
        Element copy = e.shallowClone();
        copy.removeAttr("id");
        return copy;
    }

    private void text(String text, List<Frame> frames, boolean pre) {
        for (String token : Tokens.split(text)) {
            String html = DiffMarkup.escape(token);
            if (!pre && Tokens.isSpace(token)) {
                space(" ", html, frames);
            } else {
                tokens.add(new HtmlToken(pre ? token : Tokens.key(token), html, frames, Tokens.isWord(token), false));
            }
        }
    }

    /** Adds a collapsible space unless one precedes it; of two, the shallower (or a line break) stays. */
    private void space(String key, String html, List<Frame> frames) {
        HtmlToken token = new HtmlToken(key, html, frames, false, true);
        if (tokens.isEmpty()) {
            return;
        }
        HtmlToken last = tokens.get(tokens.size() - 1);
        if (!last.space()) {
            tokens.add(token);
        } else if (frames.size() < last.frames().size()
                || frames.size() == last.frames().size() && token.isMarkup() && !last.isMarkup()) {
            tokens.set(tokens.size() - 1, token);
        }
    }
}
