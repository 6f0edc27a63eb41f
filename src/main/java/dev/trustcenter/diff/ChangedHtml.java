package dev.trustcenter.diff;

import dev.trustcenter.diff.WordDiff.Piece;
import dev.trustcenter.markdown.Block;
import java.util.ArrayList;
import java.util.List;
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
    /** Marked HTML per part (see {@link #rendered}) and side, written on first use. */
    private final String[] rendered;

    private ChangedHtml(Element olderRoot, Element newerRoot, List<List<Piece<HtmlToken>>> parts) {
        this.olderRoot = olderRoot;
        this.newerRoot = newerRoot;
        this.parts = parts;
        this.rendered = new String[(parts.size() + 1) * PieceHtml.Side.values().length];
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

    /**
     * The HTML of one part for one side, written on first use: part {@code i} is the i-th piece list
     * (the block, or a row's cell), {@link #wholeRow()} a row's cells together.
     */
    String rendered(int part, PieceHtml.Side side, Supplier<String> write) {
        int slot = part * PieceHtml.Side.values().length + side.ordinal();
        String html = rendered[slot];
        if (html == null) {
            // set after writing, not before: writing a row fills its cells' slots on the way
            html = write.get();
            rendered[slot] = html;
        }
        return html;
    }

    /** The part that stands for a table row's cells together. */
    int wholeRow() {
        return parts.size();
    }

    /** Cells of the given side's row. */
    List<Element> cells(boolean newer) {
        return (newer ? newerRoot : olderRoot).children();
    }
}
