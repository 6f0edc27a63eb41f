package dev.trustcenter.diff;

import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * Small string-level rules for content placed inside a diff fragment. The content is sanitised
 * HTML serialised by jsoup, where {@code <} in text is always escaped, so tag patterns cannot
 * match text.
 */
final class DiffMarkup {

    /** The content's own del/ins (e.g. Markdown strikethrough) would be taken for diff marks. */
    private static final Pattern CONTENT_MARK = Pattern.compile("<(/?)(del|ins)>");
    private static final Pattern HEADING_ID = Pattern.compile("(<h[1-6]) id=\"[^\"]*\"");
    /**
     * An anchor of the text ({@code <a name="fees">} as written, a footnote's {@code <sup>} or
     * {@code <li>}), whose id only the newer version keeps.
     */
    private static final Pattern ANCHOR_ID = Pattern.compile("(<(?:a|sup|li)\\b[^>]*?) id=\"[^\"]*\"");
    /** A heading or anchor whose id looks like a change anchor ("Change 3") would clash with it. */
    private static final Pattern CHANGE_LIKE_ID = Pattern.compile("(<(?:h[1-6]|a\\b[^>]*?)) id=\"change-\\d+\"");
    private static final Pattern CHANGE_ANCHOR = Pattern.compile("change-\\d+");

    private DiffMarkup() {
    }

    static String contentTag(String name) {
        return switch (name) {
            case "del" -> "s";
            case "ins" -> "u";
            default -> name;
        };
    }

    static String contentMarks(String html) {
        if (!html.contains("del>") && !html.contains("ins>")) {
            return html;
        }
        return CONTENT_MARK.matcher(html).replaceAll(m -> "<" + m.group(1) + contentTag(m.group(2)) + ">");
    }

    /** Content of the newer version: keeps heading and anchor ids unless they look like change anchors. */
    static String newer(String html) {
        String marked = contentMarks(html);
        return marked.contains("id=\"change-") ? CHANGE_LIKE_ID.matcher(marked).replaceAll("$1") : marked;
    }

    /** Content of the older version: heading and anchor ids removed, as the newer version owns them. */
    static String older(String html) {
        String marked = contentMarks(html);
        if (!marked.contains(" id=\"")) {
            return marked;
        }
        String withoutHeadingIds = HEADING_ID.matcher(marked).replaceAll("$1");
        return withoutHeadingIds.contains("<a ") || withoutHeadingIds.contains("<sup ") || withoutHeadingIds.contains("<li ")
                ? ANCHOR_ID.matcher(withoutHeadingIds).replaceAll("$1") : withoutHeadingIds;
    }

    /** Start tag of a block's root element for the given side. */
    static String openTag(Element root, boolean newer) {
        String name = contentTag(root.normalName());
        Attributes attributes = root.attributes();
        if (root.hasAttr("id") && (!newer || CHANGE_ANCHOR.matcher(root.id()).matches())) {
            attributes = attributes.clone();
            attributes.remove("id");
        }
        return "<" + name + attributes.html() + ">";
    }

    /** Void elements ({@code <br>} as a whole raw-HTML block) have no end tag. */
    static String closeTag(Element root) {
        if (root.tag().isEmpty()) {
            return "";
        }
        return "</" + contentTag(root.normalName()) + ">";
    }

    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\u00a0' -> "&nbsp;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(entity != null ? entity : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static final Pattern CLOSED_DETAILS = Pattern.compile("<details(?![^>]*\\sopen)");

    /**
     * A changed block's collapsed sections ({@code <details>}) opened: closed, a diff page said
     * "1 word changed" and showed nothing but a folded summary.
     */
    static String openDetails(String html) {
        return html.contains("<details") ? CLOSED_DETAILS.matcher(html).replaceAll("<details open") : html;
    }

    static String opClass(DiffBlock.Op op) {
        return switch (op) {
            case EQUAL -> "diff-equal";
            case INSERT -> "diff-insert";
            case DELETE -> "diff-delete";
            case CHANGE -> "diff-change";
        };
    }
}
