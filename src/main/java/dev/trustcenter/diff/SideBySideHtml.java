package dev.trustcenter.diff;

import dev.trustcenter.diff.DiffBlock.Op;
import dev.trustcenter.diff.PieceHtml.Side;
import dev.trustcenter.markdown.Block;

/**
 * The side-by-side fragment: {@code div.diff-side} holding one {@code div.diff-row} per block with
 * an older and a newer column, so the rows line up whatever the CSS grid does. List items and
 * table rows are wrapped in their own one-item list or one-row table per column.
 */
final class SideBySideHtml {

    private SideBySideHtml() {
    }

    static String render(PolicyDiff diff, java.util.List<ChangedHtml> changedBlocks, DiffMemo memo, Moves moves, Hunks hunks) {
        StringBuilder out = new StringBuilder(diff.viewCapacity()).append("<div class=\"diff-side\">");
        int change = 0;
        for (int i = 0; i < diff.blocks().size(); i++) {
            DiffBlock b = diff.blocks().get(i);
            int n = b.isChange() ? ++change : 0;
            ChangedHtml changed = changedBlocks.get(i);
            if (n == 0) {
                out.append(memo.sideBySideEqual(b, () -> equalRow(b)));
                continue;
            }
            out.append("<div class=\"diff-row ").append(DiffMarkup.opClass(b.op())).append('"')
                    .append(BlockContent.changeId(n)).append('>').append(hunks.nav(n, moves.link(n)));
            column(out, "diff-old", b.op() == Op.INSERT ? "" : DiffMarkup.openDetails(content(b, Side.OLDER, changed)));
            column(out, "diff-new", b.op() == Op.DELETE ? "" : DiffMarkup.openDetails(content(b, Side.NEWER, changed)));
            out.append("</div>");
        }
        return out.append("</div>").toString();
    }

    private static String equalRow(DiffBlock b) {
        StringBuilder out = new StringBuilder("<div class=\"diff-row ").append(DiffMarkup.opClass(Op.EQUAL)).append("\">");
        column(out, "diff-old", content(b, Side.OLDER, null));
        column(out, "diff-new", content(b, Side.NEWER, null));
        return out.append("</div>").toString();
    }

    private static void column(StringBuilder out, String side, String content) {
        out.append("<div class=\"").append(side).append(content.isEmpty() ? " diff-empty" : "").append("\">")
                .append(content).append("</div>");
    }

    private static String content(DiffBlock b, Side side, ChangedHtml changed) {
        Block block = side == Side.OLDER ? b.older() : b.newer();
        return switch (block.kind()) {
            case LIST_ITEM -> {
                String list = BlockContent.isOrdered(block) ? "ol" : "ul";
                yield "<" + list + " class=\"diff-list\"><li" + BlockContent.listItemAttributes(block, Op.EQUAL, 0) + ">"
                        + BlockContent.listItem(b, side, changed) + "</li></" + list + ">";
            }
            case TABLE_ROW -> {
                String part = block.header() ? "thead" : "tbody";
                yield "<table class=\"diff-table\"><" + part + ">" + BlockContent.row(b, side, changed, "", "")
                        + "</" + part + "></table>";
            }
            default -> BlockContent.whole(b, side, changed);
        };
    }
}
