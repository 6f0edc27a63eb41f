package dev.trustcenter.markdown;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Resolves links and then cleans the HTML flexmark produced (which passes raw HTML through) against
 * one {@link Safelist}. Immutable after construction and safe to share between threads.
 */
final class HtmlSanitizer {

    /** Only used to classify relative URLs as http(s); relative links are kept relative. */
    private static final String BASE_URI = "https://trustcenter.invalid/";
    /** What browsers strip from both ends of a URL: C0 controls and spaces. */
    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\x00-\\x20]+|[\\x00-\\x20]+$");
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]+");
    /** An anchor's id as a fragment can name it without escaping. */
    private static final Pattern ANCHOR_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.:-]{0,99}");
    private static final Pattern FOOTNOTE_CLASS = Pattern.compile("footnotes|footnote-ref|footnote-backref");
    /** {@code fn-1}, {@code fnref-1}, and {@code fnref-1-1} for a note's second reference. */
    private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(ref)?-[0-9]{1,4}(-[0-9]{1,4})?");
    private static final Evaluator FOOTNOTE_MARKUP = QueryParser.parse("a[class], div[class], sup[id], li[id]");
    // parsed once: a query string is parsed again on every call
    private static final Evaluator NAMED_ANCHORS = QueryParser.parse("a[name], a[id]");
    private static final Evaluator LINKS = QueryParser.parse("a[href], img[src]");

    private final Cleaner cleaner = new Cleaner(safelist());

    private static Safelist safelist() {
        return Safelist.relaxed()
                .addTags("abbr", "details", "summary", "mark", "del", "ins", "s", "hr")
                .addAttributes("abbr", "title")
                .addAttributes("details", "open")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                // flexmark's "language-x" on fenced code; other classes are removed in clean()
                .addAttributes("code", "class")
                // <a name="fees"> anchors, which long numbered terms use so links survive renumbering
                .addAttributes("a", "id", "name")
                // footnotes' marks and their ids; any other class or id is removed in clean()
                .addAttributes("a", "class")
                .addAttributes("sup", "id")
                .addAttributes("li", "id")
                .addAttributes("div", "class")
                .removeProtocols("a", "href", "ftp")
                .preserveRelativeLinks(true);
    }

    /** A clean document whose serialisation is not pretty-printed (whitespace is kept as parsed). */
    Document clean(String html, LinkResolver links) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE_URI);
        if (links != LinkResolver.NONE && (html.contains("<a ") || html.contains("<img "))) {
            resolve(dirty, links);
        }
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        for (Element a : clean.body().select(NAMED_ANCHORS)) {
            String id = a.hasAttr("id") ? a.attr("id") : a.attr("name");
            a.removeAttr("name");
            if (ANCHOR_ID.matcher(id).matches()) {
                a.attr("id", id);
            } else {
                a.removeAttr("id");
            }
        }
        if (html.contains("footnote")) {
            Set<String> ids = new HashSet<>();
            for (Element e : clean.body().select(FOOTNOTE_MARKUP)) {
                footnoteOnly(e, ids);
            }
        } else {
            // no footnotes: these classes and ids are a writer's own (an a's id is an anchor, kept above)
            for (Element e : clean.body().select(FOOTNOTE_MARKUP)) {
                e.removeAttr("class");
                if (!e.nameIs("a")) {
                    e.removeAttr("id");
                }
            }
        }
        for (Element code : clean.body().getElementsByTag("code")) {
            if (code.hasAttr("class") && !CODE_LANGUAGE.matcher(code.attr("class")).matches()) {
                code.removeAttr("class");
            }
        }
        return clean;
    }

    /**
     * Keeps the classes and ids flexmark gives footnotes (a reference {@code <sup id="fnref-1"><a
     * class="footnote-ref" href="#fn-1">}, the notes {@code <div class="footnotes">} with {@code
     * <li id="fn-1">} and a back link {@code <a class="footnote-backref">}) and removes any other a
     * writer's raw HTML put on these elements.
     */
    private static void footnoteOnly(Element e, Set<String> ids) {
        if (e.hasAttr("class") && !(FOOTNOTE_CLASS.matcher(e.attr("class")).matches() && footnoteShaped(e))) {
            e.removeAttr("class");
        }
        if ((e.nameIs("sup") || e.nameIs("li")) && e.hasAttr("id")
                && !(FOOTNOTE_ID.matcher(e.attr("id")).matches() && footnoteShaped(e) && ids.add(e.id()))) {
            e.removeAttr("id");
        }
    }

    /**
     * Where flexmark puts footnote markup: {@code sup > a.footnote-ref}, {@code div.footnotes > ol
     * > li} with its {@code a.footnote-backref}. Raw HTML elsewhere with the same names (a {@code
     * <sup id="fn-1">} before the real note) would take a note's link.
     */
    private static boolean footnoteShaped(Element e) {
        Element parent = e.parent();
        return switch (e.normalName()) {
            case "sup" -> e.childrenSize() == 1 && e.child(0).nameIs("a") && e.child(0).attr("href").startsWith("#fn-");
            case "a" -> parent != null && (parent.nameIs("sup") || parent.nameIs("li"));
            case "li" -> parent != null && parent.parent() != null && parent.parent().nameIs("div")
                    && "footnotes".equals(parent.parent().attr("class"));
            case "div" -> e.childrenSize() >= 1 && e.select("> ol").size() == 1;
            default -> false;
        };
    }

    private static void resolve(Document dirty, LinkResolver links) {
        for (Element a : dirty.body().select(LINKS)) {
            String attribute = a.nameIs("a") ? "href" : "src";
            // as browsers do, so " javascript:…" is seen for the scheme it is, not as a relative path
            String original = EDGE_SPACE.matcher(a.attr(attribute)).replaceAll("");
            a.attr(attribute, Objects.requireNonNull(links.resolve(original),
                    () -> "LinkResolver returned null for '" + original + "'; return the href itself to keep it"));
        }
    }
}
