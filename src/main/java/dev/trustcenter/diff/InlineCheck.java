package dev.trustcenter.diff;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Guards the inline view's promise for one changed block. Word marks mix the older and newer
 * version's elements; when the two differ in block structure (raw HTML against Markdown, say),
 * closing one version's paragraph inside a run of text adds a break the text never had. Such a
 * block is shown as its whole older version deleted and whole newer version inserted instead.
 */
final class InlineCheck {

    private InlineCheck() {
    }

    /**
     * {@code marked} if it is well-formed and reads as {@code newerText} without its {@code <del>}
     * and as {@code olderText} without its {@code <ins>}; otherwise {@code <del>older</del><ins>newer</ins>}.
     */
    static String orWhole(String marked, String olderText, String newerText, String olderHtml, String newerHtml) {
        return holds(marked, olderText, newerText) ? marked : "<del>" + olderHtml + "</del><ins>" + newerHtml + "</ins>";
    }

    private static boolean holds(String marked, String olderText, String newerText) {
        Document doc = Jsoup.parseBodyFragment(marked);
        doc.outputSettings().prettyPrint(false);
        Element newer = doc.body();
        if (!newer.html().equals(marked)) {
            return false;
        }
        Element older = newer.clone();
        newer.getElementsByTag("del").remove();
        older.getElementsByTag("ins").remove();
        return same(newer.text(), newerText) && same(older.text(), olderText);
    }

    private static boolean same(String a, String b) {
        return Tokens.normalizeSpace(a).equals(Tokens.normalizeSpace(b));
    }
}
