package dev.trustcenter.diff;

import dev.trustcenter.markdown.Block;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Reads a block's HTML back: its root element for token diffs, and the parts of a list item. */
public final class BlockDom {

    private static final Pattern LIST_ITEM = Pattern.compile("<li(?: value=\"(\\d+)\")?( class=\"continued\")?>");

    /** A list item's number in an ordered list (0 in a bullet list), continuation flag and inner HTML. */
    record ListItem(int value, boolean continued, String html, int innerStart) {

        /** Cut on request: most callers want only the number or the flag. */
        String inner() {
            return html.substring(innerStart, html.length() - "</li>".length());
        }
    }

    private BlockDom() {
    }

    static boolean isBody(Element root) {
        return root.nameIs("body");
    }

    /** A list item's number in an ordered list, 0 in a bullet list. */
    public static int listNumber(Block item) {
        return listItem(item).value();
    }

    /** Splits the HTML the markdown package writes for a list item: {@code <li value? class?>inner</li>}. */
    static ListItem listItem(Block block) {
        String html = block.html();
        Matcher m = LIST_ITEM.matcher(html);
        if (!m.lookingAt() || !html.endsWith("</li>")) {
            throw new IllegalArgumentException("not a list item block: " + html);
        }
        int value = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        return new ListItem(value, m.group(2) != null, html, m.end());
    }
}
