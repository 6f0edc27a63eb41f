package dev.trustcenter.diff;

import dev.trustcenter.markdown.Block;
import org.jsoup.nodes.Element;

/** Reads a block's HTML back: its root element for token diffs, and the parts of a list item. */
public final class BlockDom {

    /** A list item's start tag: {@code <li}, then maybe {@code  value="N"}, maybe {@code  class="continued"}, then {@code >}. */
    private static final String OPEN = "<li";
    private static final String VALUE = " value=\"";
    private static final String CONTINUED = " class=\"continued\"";

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

    /**
     * Splits the HTML the markdown package writes for a list item: {@code <li value? class?>inner</li>}.
     * Read with plain string tests rather than a regular expression: this runs for every list item
     * of every diff, and each match allocated a matcher.
     */
    static ListItem listItem(Block block) {
        String html = block.html();
        int at = OPEN.length();
        int value = 0;
        if (html.startsWith(VALUE, at)) {
            int end = at + VALUE.length();
            while (end < html.length() && html.charAt(end) >= '0' && html.charAt(end) <= '9') {
                end++;
            }
            value = end > at + VALUE.length() && html.startsWith("\"", end)
                    ? Integer.parseInt(html, at + VALUE.length(), end, 10) : -1;
            at = end + 1;
        }
        boolean continued = html.startsWith(CONTINUED, at);
        at += continued ? CONTINUED.length() : 0;
        if (!html.startsWith(OPEN) || value < 0 || !html.startsWith(">", at) || !html.endsWith("</li>")) {
            throw new IllegalArgumentException("not a list item block: " + html);
        }
        return new ListItem(value, continued, html, at + 1);
    }
}
