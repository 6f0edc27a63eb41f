package dev.trustcenter.diff;

import dev.trustcenter.diff.DiffBlock.Op;
import dev.trustcenter.diff.PieceHtml.Side;
import dev.trustcenter.markdown.Block;
import java.util.List;
import java.util.function.IntFunction;
import org.jsoup.nodes.Element;

/**
 * The HTML of one compared block for one side: unchanged blocks as their own HTML, inserted and
 * deleted ones wrapped whole in {@code <ins>}/{@code <del>}, changed ones word by word. Callers
 * add the container (list, table, wrapper div), the change id and the navigation.
 */
final class BlockContent {

    private BlockContent() {
    }

    /** A whole block other than a list item or table row. */
    static String whole(DiffBlock b, Side side, ChangedHtml changed) {
        return switch (b.op()) {
            case EQUAL -> side == Side.OLDER ? DiffMarkup.older(b.older().html()) : DiffMarkup.newer(b.newer().html());
            case INSERT -> "<ins>" + DiffMarkup.newer(b.newer().html()) + "</ins>";
            case DELETE -> "<del>" + DiffMarkup.older(b.older().html()) + "</del>";
            case CHANGE -> changed.rendered(0, side, () -> checked(side, changed.mixesStructure(0),
                    rooted(side == Side.OLDER ? changed.olderRoot() : changed.newerRoot(), side != Side.OLDER,
                            PieceHtml.render(changed.parts().get(0), side)),
                    b.older().text(), b.newer().text(), b.older().html(), b.newer().html()));
        };
    }

    /**
     * A block that moved and was edited on the way, at one of its places: inserted or deleted whole,
     * as {@link #whole} or {@link #listItem} write it, with the words that differ from its other place
     * marked ({@code mark.diff-move-edit}). The marks add no text, so each view still reads as its version.
     *
     * @param places the comparison of the deleted block (older) with the inserted one (newer)
     */
    static String movedEdited(DiffBlock b, ChangedHtml places) {
        boolean inserted = b.op() == Op.INSERT;
        String content = PieceHtml.render(places.parts().get(0), inserted ? Side.NEWER : Side.OLDER, true);
        if (b.shown().kind() != Block.Kind.LIST_ITEM) {
            content = rooted(inserted ? places.newerRoot() : places.olderRoot(), inserted, content);
        }
        return wrapped(inserted, content);
    }

    /**
     * A table row that moved and was edited on the way, at one of its places, as {@link #row} writes an
     * inserted or deleted row, with the words of each cell that differ from the same cell at the
     * other place marked ({@code mark.diff-move-edit}). Moved rows have as many cells at both places.
     * Kept for every diff that has the move; only the attributes and the navigation differ.
     */
    static String movedRow(DiffBlock b, ChangedHtml places, String attributes, String nav) {
        boolean inserted = b.op() == Op.INSERT;
        Side side = inserted ? Side.NEWER : Side.OLDER;
        List<Element> cells = places.cells(inserted);
        String afterNav = places.rendered(places.wholeRow(), side, () -> afterNav(cells, inserted,
                i -> wrapped(inserted, PieceHtml.render(places.parts().get(i), side, true))));
        return RowParts.of(cells, inserted, afterNav).tr(attributes, nav);
    }

    private static String wrapped(boolean inserted, String content) {
        return inserted ? "<ins>" + content + "</ins>" : "<del>" + content + "</del>";
    }

    /**
     * The inline view mixes both versions' markup, so where that markup has block structure it is
     * verified (see {@link InlineCheck}).
     */
    private static String checked(Side side, boolean mixesStructure, String marked, String olderText, String newerText,
                                  String olderHtml, String newerHtml) {
        return side != Side.INLINE || !mixesStructure ? marked : InlineCheck.orWhole(marked, olderText, newerText,
                DiffMarkup.older(olderHtml), DiffMarkup.newer(newerHtml));
    }

    /** The inside of a list item's {@code <li>}. */
    static String listItem(DiffBlock b, Side side, ChangedHtml changed) {
        return switch (b.op()) {
            case EQUAL -> side == Side.OLDER ? DiffMarkup.older(inner(b.older())) : DiffMarkup.newer(inner(b.newer()));
            case INSERT -> "<ins>" + DiffMarkup.newer(inner(b.newer())) + "</ins>";
            case DELETE -> "<del>" + DiffMarkup.older(inner(b.older())) + "</del>";
            case CHANGE -> changed.rendered(0, side, () -> checked(side, changed.mixesStructure(0),
                    PieceHtml.render(changed.parts().get(0), side), b.older().text(), b.newer().text(),
                    inner(b.older()), inner(b.newer())));
        };
    }

    /**
     * A table row as {@code <tr attributes>…</tr>}, with {@code nav} at the start of its first cell.
     * An unchanged row is written as it is.
     */
    static String row(DiffBlock b, Side side, ChangedHtml changed, String attributes, String nav) {
        if (b.op() == Op.EQUAL) {
            return side == Side.OLDER ? DiffMarkup.older(b.older().html()) : DiffMarkup.newer(b.newer().html());
        }
        return rowParts(b, side, changed).tr(attributes, nav);
    }

    /**
     * A changed, inserted or deleted row as {@link #row} writes it, without what differs between the
     * diffs that show it (its attributes and navigation), so that it can be kept for all of them.
     *
     * @param firstCellTag the start tag of its first cell, which the navigation follows; null for a
     *                     row without cells, which has no navigation
     * @param rest         the rest of the row up to and including {@code </tr>}
     */
    record RowParts(String firstCellTag, String rest) {

        /** The parts of a row of {@code cells} whose cells' content is {@code afterNav} (see {@link #afterNav}). */
        static RowParts of(List<Element> cells, boolean newer, String afterNav) {
            return new RowParts(cells.isEmpty() ? null : DiffMarkup.openTag(cells.get(0), newer), afterNav + "</tr>");
        }

        /** The whole row: {@code <tr attributes>}, the first cell's start tag, {@code nav}, the rest. */
        String tr(String attributes, String nav) {
            return "<tr" + attributes + ">" + (firstCellTag == null ? "" : firstCellTag + nav) + rest;
        }
    }

    static RowParts rowParts(DiffBlock b, Side side, ChangedHtml changed) {
        boolean newer = b.op() == Op.INSERT || b.op() == Op.CHANGE && side != Side.OLDER;
        List<Element> cells = changed != null ? changed.cells(newer)
                : (newer ? b.newer() : b.older()).root().children();
        String afterNav = changed == null ? afterNav(cells, newer, i -> cellContent(b, cells.get(i), side, null, i))
                : changed.rendered(changed.wholeRow(), side,
                        () -> afterNav(cells, newer, i -> cellContent(b, cells.get(i), side, changed, i)));
        return RowParts.of(cells, newer, afterNav);
    }

    private static String afterNav(List<Element> cells, boolean newer, IntFunction<String> content) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            Element cell = cells.get(i);
            if (i > 0) {
                out.append(DiffMarkup.openTag(cell, newer));
            }
            out.append(content.apply(i)).append(DiffMarkup.closeTag(cell));
        }
        return out.toString();
    }

    private static String cellContent(DiffBlock b, Element cell, Side side, ChangedHtml changed, int i) {
        return switch (b.op()) {
            case INSERT -> "<ins>" + DiffMarkup.newer(cell.html()) + "</ins>";
            case DELETE -> "<del>" + DiffMarkup.older(cell.html()) + "</del>";
            default -> changed.rendered(i, side, () -> checked(side, changed.mixesStructure(i),
                    PieceHtml.render(changed.parts().get(i), side), b.older().cells().get(i), b.newer().cells().get(i),
                    changed.cells(false).get(i).html(), changed.cells(true).get(i).html()));
        };
    }

    private static String rooted(Element root, boolean newer, String content) {
        if (BlockDom.isBody(root)) {
            return content;
        }
        return DiffMarkup.openTag(root, newer) + content + DiffMarkup.closeTag(root);
    }

    private static String inner(Block block) {
        return BlockDom.listItem(block).inner();
    }

    /** Attributes of a list item in a diff list: depth class, continuation, op class, number, id. */
    static String listItemAttributes(Block shown, Op op, int change) {
        BlockDom.ListItem li = BlockDom.listItem(shown);
        StringBuilder out = new StringBuilder(" class=\"depth-").append(shown.depth());
        out.append(li.continued() ? " continued" : "").append(op == Op.EQUAL ? "" : " " + DiffMarkup.opClass(op));
        out.append('"');
        if (li.value() > 0) {
            out.append(" value=\"").append(li.value()).append('"');
        }
        return out.append(changeId(change)).toString();
    }

    static boolean isOrdered(Block listItem) {
        return BlockDom.listItem(listItem).value() > 0;
    }

    static String changeId(int change) {
        return change > 0 ? " id=\"change-" + change + "\"" : "";
    }
}
