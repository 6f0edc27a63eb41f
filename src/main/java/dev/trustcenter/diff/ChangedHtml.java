package dev.trustcenter.diff;

import dev.trustcenter.diff.WordDiff.Piece;
import dev.trustcenter.markdown.Block;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;

/**
 * The word-level comparison of a changed block's HTML, with formatting: one piece list for most
 * blocks, one per cell for table rows (pairing guarantees equal cell counts). It also keeps the
 * marked HTML written from it, as the same pair appears in many diffs (see {@link DiffMemo}).
 */
final class ChangedHtml {

    private final Element olderRoot;
    private final Element newerRoot;
    private final List<List<Piece<HtmlToken>>> parts;
    private final Map<String, String> rendered = new HashMap<>();

    private ChangedHtml(Element olderRoot, Element newerRoot, List<List<Piece<HtmlToken>>> parts) {
        this.olderRoot = olderRoot;
        this.newerRoot = newerRoot;
        this.parts = parts;
    }

    static ChangedHtml of(DiffBlock block) {
        Element older = block.older().root();
        Element newer = block.newer().root();
        List<List<Piece<HtmlToken>>> parts = new ArrayList<>();
        if (block.newer().kind() == Block.Kind.TABLE_ROW) {
            if (older.childrenSize() != newer.childrenSize()) {
                throw new IllegalStateException("paired table rows must have equal cell counts: " + block);
            }
            for (int i = 0; i < newer.childrenSize(); i++) {
                parts.add(compare(older.child(i), newer.child(i)));
            }
        } else {
            parts.add(compare(older, newer));
        }
        return new ChangedHtml(older, newer, parts);
    }

    private static List<Piece<HtmlToken>> compare(Element older, Element newer) {
        List<Piece<HtmlToken>> raw = WordDiff.diff(HtmlTokenizer.tokens(older), HtmlTokenizer.tokens(newer),
                HtmlToken::key);
        return WordDiff.readable(raw, HtmlToken::word);
    }

    Element olderRoot() {
        return olderRoot;
    }

    Element newerRoot() {
        return newerRoot;
    }

    List<List<Piece<HtmlToken>>> parts() {
        return parts;
    }

    /** The HTML of one part ({@code what}, cell {@code index}) for one side, written on first use. */
    String rendered(String what, int index, PieceHtml.Side side, Supplier<String> write) {
        String key = what + index + side;
        String html = rendered.get(key);
        if (html == null) {
            // not computeIfAbsent: a row's HTML is written from its cells', kept here too
            html = write.get();
            rendered.put(key, html);
        }
        return html;
    }

    /** Cells of the given side's row. */
    List<Element> cells(boolean newer) {
        return (newer ? newerRoot : olderRoot).children();
    }
}
