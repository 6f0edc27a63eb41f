package dev.trustcenter.diff;

import java.util.List;

/**
 * A token of a block's HTML: a word, space or punctuation with the inline (or nested block)
 * elements around it, or a childless element such as an image.
 *
 * @param key    what the diff compares: the text, " " for collapsible space, the markup for elements
 * @param html   what is written out: escaped text or the element's markup
 * @param frames enclosing elements below the block's root, outermost first
 * @param word   a letter/digit run
 * @param space  collapsible whitespace (or a {@code <br>}); never true inside {@code <pre>}
 * @param olderHtml what is written where the token shows the older version: {@code html} without
 *               an anchor's id, which only the newer version keeps (ids must be unique on a page)
 */
record HtmlToken(String key, String html, List<Frame> frames, boolean word, boolean space, String olderHtml) {

    HtmlToken(String key, String html, List<Frame> frames, boolean word, boolean space) {
        this(key, html, frames, word, space, html);
    }

    /**
     * An enclosing element. Two frames are the same when their start tags are, so the same link
     * from the older and newer version stays one element in the output.
     *
     * @param structural a list or table part, where only items, rows or cells may be children
     */
    record Frame(String open, String close, boolean preserveSpace, boolean structural) {
    }

    boolean isMarkup() {
        return !html.isEmpty() && html.charAt(0) == '<';
    }

    boolean inStructure() {
        return !frames.isEmpty() && frames.get(frames.size() - 1).structural();
    }
}
