package dev.trustcenter.diff;

import dev.trustcenter.markdown.Block;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Reads a block's HTML back: its root element for token diffs, and the parts of a list item. */
final class BlockDom {

    private static final Pattern LIST_ITEM = Pattern.compile("<li(?: value=\"(\\d+)\")?( class=\"continued\")?>");

    /** A list item's number in an ordered list (0 in a bullet list), continuation flag and inner HTML. */
    record ListItem(int value, boolean continued, String inner) {
    }

    private BlockDom() {
    }

    /**
     * The block's root element ({@code <li>}, {@code <tr>}, {@code <p>} …); for HTML blocks made of
     * several top-level nodes, the {@code body} holding them (which is not itself written out).
     */
    static Element root(Block block) {
        return switch (block.kind()) {
            case LIST_ITEM -> parse("<ul>" + block.html() + "</ul>").selectFirst("li");
            case TABLE_ROW -> parse("<table><tbody>" + block.html() + "</tbody></table>").selectFirst("tr");
            default -> single(parse(block.html()));
        };
    }

    static boolean isBody(Element root) {
        return root.nameIs("body");
    }

    private static Element parse(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        return doc.body();
    }

    private static Element single(Element body) {
        Element only = null;
        for (Node child : body.childNodes()) {
            if (child instanceof Element e && only == null) {
                only = e;
            } else if (!(child instanceof TextNode t && t.isBlank())) {
                return body;
            }
        }
        return only != null ? only : body;
    }

    /** Splits the HTML the markdown package writes for a list item: {@code <li value? class?>inner</li>}. */
    static ListItem listItem(Block block) {
        String html = block.html();
        Matcher m = LIST_ITEM.matcher(html);
        if (!m.lookingAt() || !html.endsWith("</li>")) {
            throw new IllegalArgumentException("not a list item block: " + html);
        }
        int value = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        return new ListItem(value, m.group(2) != null, html.substring(m.end(), html.length() - "</li>".length()));
    }
}
