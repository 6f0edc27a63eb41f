package dev.trustcenter.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Gives every heading of a body a GitHub-like id: lower-cased text without characters other than
 * letters, digits, spaces and hyphens, spaces turned into hyphens; "section" when nothing is left;
 * repeats get "-1", "-2", … in document order. Ids written by raw HTML are replaced, so ids are
 * unique and stable for the same text, which keeps links into a specific version working.
 * Anchors written as raw HTML ({@code <a name="fees">}) keep their id unless a heading has it, an
 * earlier anchor does, or the page's own markup uses it ({@link #PAGE_IDS}, {@code change-N}).
 */
final class HeadingIds {

    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    private static final Evaluator ANCHORS = QueryParser.parse("a[id]");
    /** Ids the default theme's pages give their own elements. */
    static final Set<String> PAGE_IDS = Set.of("main", "policies", "latest-changes", "compare-from", "compare-to",
            "compare-heading", "diff-metadata-heading", "diff-sections-heading", "diff-summary-heading", "downloads-heading",
            "retired-heading", "reviews-heading", "search-query", "security-contact-heading", "unreviewed-heading");
    private static final Pattern CHANGE_ANCHOR = Pattern.compile("change-\\d+");

    private HeadingIds() {
    }

    static List<Heading> assign(Element body) {
        Set<String> used = new HashSet<>();
        List<Heading> headings = new ArrayList<>();
        for (Element h : body.select(HEADINGS)) {
            String text = h.text();
            String id = unique(slug(text), used);
            h.attr("id", id);
            headings.add(new Heading(h.normalName().charAt(1) - '0', id, text));
        }
        for (Element a : body.select(ANCHORS)) {
            String id = a.id();
            if (PAGE_IDS.contains(id) || CHANGE_ANCHOR.matcher(id).matches() || !used.add(id)) {
                a.removeAttr("id");
            }
        }
        return headings;
    }

    /** Whether {@code headings}, each with the id it got in a part of a body, would get the same ids in the whole. */
    static boolean sameInWhole(List<Heading> headings) {
        Set<String> used = new HashSet<>();
        for (Heading h : headings) {
            if (!unique(slug(h.text()), used).equals(h.id())) {
                return false;
            }
        }
        return true;
    }

    static String slug(String text) {
        StringBuilder id = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-') {
                id.appendCodePoint(c);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                id.append('-');
            }
        });
        return id.length() == 0 ? "section" : id.toString();
    }

    private static String unique(String base, Set<String> used) {
        String id = base;
        for (int n = 1; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
