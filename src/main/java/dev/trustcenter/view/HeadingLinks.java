package dev.trustcenter.view;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each heading of a policy body a small link to the same section of the permanent version
 * ({@code <review URL>#<id>}), never to the moving current page, so a copied section link keeps
 * pointing at the words the reader saw. The link is empty (the theme draws its mark) so headings
 * keep their text for the table of contents, tests and screen readers' heading lists.
 *
 * <p>Works on the sanitized HTML as text rather than re-parsing it: it runs for every page of every
 * version, and the sanitizer's output is regular (attributes quoted, headings never nested).
 */
final class HeadingLinks {

    private static final Pattern HEADING_WITH_ID = Pattern.compile("<h([1-6])(?=[^>]*\\sid=\"([^\"]+)\")[^>]*>");

    /** The characters of a link's markup besides its URL, id and text (a little more: escaping). */
    private static final int LINK_MARKUP = 150;

    private HeadingLinks() {
    }

    static String add(String bodyHtml, List<HeadingView> headings, String permanentUrl) {
        if (headings.isEmpty()) {
            return bodyHtml;
        }
        Map<String, String> textById = new HashMap<>();
        int links = 0;
        for (HeadingView h : headings) {
            textById.putIfAbsent(h.id(), h.text());
            links += LINK_MARKUP + permanentUrl.length() + h.id().length() + h.text().length();
        }
        // sized for every link, so the page-long builder is not copied as it grows
        StringBuilder out = new StringBuilder(bodyHtml.length() + links);
        Matcher m = HEADING_WITH_ID.matcher(bodyHtml);
        int pos = 0;
        // Jump from "<h" to "<h" and match only there: scanning the whole body with the pattern
        // costs more than the rest of this method, on every page.
        for (int at = bodyHtml.indexOf("<h", pos); at >= 0; at = bodyHtml.indexOf("<h", Math.max(at + 2, pos))) {
            if (!m.region(at, bodyHtml.length()).lookingAt()) {
                continue;
            }
            String close = "</h" + m.group(1) + ">";
            int end = bodyHtml.indexOf(close, m.end());
            if (end < 0) {
                break;
            }
            String id = m.group(2); // already escaped for an attribute by the sanitizer
            String text = textById.getOrDefault(id, "");
            out.append(bodyHtml, pos, end)
                    .append("<a class=\"permanent-link\" href=\"").append(escape(permanentUrl)).append('#').append(id)
                    .append("\" title=\"Link to this section of this version\" aria-label=\"Link to the section ")
                    .append(escape(text)).append(" of this version\"></a>").append(close);
            pos = end + close.length();
        }
        return out.append(bodyHtml, pos, bodyHtml.length()).toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
