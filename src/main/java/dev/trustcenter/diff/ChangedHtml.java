package dev.trustcenter.diff;

import dev.trustcenter.diff.WordDiff.Piece;
import dev.trustcenter.markdown.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;

/**
 * The word-level comparison of a changed block's HTML, with formatting: one piece list for most
 * blocks, one per cell for table rows (pairing guarantees equal cell counts). It also keeps the
 * marked HTML written from it, as the same pair appears in many diffs (see {@link DiffMemo}).
 */
final class ChangedHtml {

    /** The text's own insertions and deletions, which the diff's marks must not be confused with. */
    private static final Set<String> CONTENT_MARKS = Set.of("ins", "del");

    private final Element olderRoot;
    private final Element newerRoot;
    private final List<List<Piece<HtmlToken>>> parts;
    /** Per part: whether its inline marks need {@link InlineCheck} (see {@link #flat}). */
    private final boolean[] mixesStructure;
    /** Marked HTML per part (see {@link #rendered}) and side, written on first use. */
    private final String[] rendered;

    private ChangedHtml(Element olderRoot, Element newerRoot, List<List<Piece<HtmlToken>>> parts,
                        boolean[] mixesStructure) {
        this.olderRoot = olderRoot;
        this.newerRoot = newerRoot;
        this.parts = parts;
        this.mixesStructure = mixesStructure;
        this.rendered = new String[(parts.size() + 1) * PieceHtml.Side.values().length];
    }

    /** @param tokens a block element's tokens, {@link HtmlTokenizer#tokens} or a memo of it; only read */
    static ChangedHtml of(DiffBlock block, Function<Element, List<HtmlToken>> tokens) {
        Element older = block.older().root();
        Element newer = block.newer().root();
        List<List<Piece<HtmlToken>>> parts = new ArrayList<>();
        boolean[] mixesStructure;
        if (block.newer().kind() == Block.Kind.TABLE_ROW) {
            if (older.childrenSize() != newer.childrenSize()) {
                throw new IllegalStateException("paired table rows must have equal cell counts: " + block);
            }
            mixesStructure = new boolean[newer.childrenSize()];
            for (int i = 0; i < newer.childrenSize(); i++) {
                parts.add(compare(tokens.apply(older.child(i)), tokens.apply(newer.child(i))));
                mixesStructure[i] = !flat(older.child(i), newer.child(i));
            }
        } else {
            parts.add(compare(tokens.apply(older), tokens.apply(newer)));
            mixesStructure = new boolean[] {!flat(older, newer)};
        }
        return new ChangedHtml(older, newer, parts, mixesStructure);
    }

    /**
     * Whether two versions of a part are the same element holding only text and inline elements.
     * Their marked HTML then only ever has one version's inline elements open at a time, properly
     * nested, which an HTML parser reads back as written: there is nothing for {@link InlineCheck}
     * to catch, and checking costs an HTML parse per changed block.
     */
    private static boolean flat(Element older, Element newer) {
        return older.normalName().equals(newer.normalName()) && inlineOnly(older) && inlineOnly(newer);
    }

    private static boolean inlineOnly(Element root) {
        for (Element e : root.getAllElements()) {
            if (e != root && (e.isBlock() || CONTENT_MARKS.contains(e.normalName()))) {
                return false;
            }
        }
        return true;
    }

    private static List<Piece<HtmlToken>> compare(List<HtmlToken> older, List<HtmlToken> newer) {
        List<Piece<HtmlToken>> raw = WordDiff.diff(older, newer, HtmlToken::key);
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

    /** Whether part {@code i}'s inline marks mix block structure and must be verified. */
    boolean mixesStructure(int i) {
        return mixesStructure[i];
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
