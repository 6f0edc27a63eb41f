package dev.trustcenter.diff;

import dev.trustcenter.diff.DiffBlock.Op;
import dev.trustcenter.diff.PieceHtml.Side;
import dev.trustcenter.markdown.Block;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The side-by-side fragment: {@code div.diff-side} holding one {@code div.diff-row} per block with
 * an older and a newer column, so the rows line up whatever the CSS grid does. List items and
 * table rows are wrapped in their own one-item list or one-row table per column.
 */
final class SideBySideHtml {

    private SideBySideHtml() {
    }

    static Utf8Html render(PolicyDiff diff, List<ChangedHtml> changedBlocks, DiffMemo memo, Moves moves, Hunks hunks) {
        Utf8Html.Builder out = new Utf8Html.Builder().append("<div class=\"diff-side\">");
        int change = 0;
        for (int i = 0; i < diff.blocks().size(); i++) {
            DiffBlock b = diff.blocks().get(i);
            int n = b.isChange() ? ++change : 0;
            ChangedHtml changed = changedBlocks.get(i);
            if (n == 0) {
                out.appendEncoded(memo.sideBySideEqual(b, SideBySideHtml::equalRow));
                continue;
            }
            out.append("<div class=\"diff-row ").append(DiffMarkup.opClass(b.op())).append('"')
                    .append(BlockContent.changeId(n)).append('>').append(hunks.nav(n, moves.link(n)));
            ChangedHtml places = moves.editedPlaces(n, memo);
            if (places != null) {
                out.append(columns(b, places));
                continue;
            }
            out.appendEncoded(memo.sideBySideChanged(b, () ->
                    column("diff-old", b.op() == Op.INSERT ? "" : BEFORE + DiffMarkup.openDetails(content(b, Side.OLDER, changed)))
                    + column("diff-new", b.op() == Op.DELETE ? "" : AFTER + DiffMarkup.openDetails(content(b, Side.NEWER, changed)))
                    + "</div>"));
        }
        return out.append("</div>").build();
    }

    /** The columns of a block that moved and was edited: its place's side shows it as {@link DiffHtml#moved}. */
    private static String columns(DiffBlock b, ChangedHtml places) {
        Block shown = b.shown();
        String content = DiffMarkup.openDetails(switch (shown.kind()) {
            case LIST_ITEM -> listOfOne(shown, DiffHtml.moved(b, places));
            case TABLE_ROW -> tableOfOne(shown, BlockContent.movedRow(b, places, "", ""));
            default -> DiffHtml.moved(b, places);
        });
        return b.op() == Op.INSERT ? column("diff-old", "") + column("diff-new", AFTER + content) + "</div>"
                : column("diff-old", BEFORE + content) + column("diff-new", "") + "</div>";
    }

    /**
     * An unchanged block is read once, from the newer column: the older column's copy is hidden
     * from screen readers, and its links and summaries are out of the tab order, as hidden
     * content must not take focus.
     */
    private static String equalRow(DiffBlock b) {
        String older = content(b, Side.OLDER, null);
        if (older.contains("<a ") || older.contains("<summary")) {
            older = FOCUSABLE.matcher(older).replaceAll("<$1$2 tabindex=\"-1\"");
        }
        return "<div class=\"diff-row " + DiffMarkup.opClass(Op.EQUAL) + "\"><div class=\"diff-old\" aria-hidden=\"true\">" + older
                + "</div>" + column("diff-new", content(b, Side.NEWER, null)) + "</div>";
    }

    /** A list item in a column: a list of its own. */
    private static String listOfOne(Block item, String content) {
        String list = BlockContent.isOrdered(item) ? "ol" : "ul";
        return "<" + list + " class=\"diff-list\"><li" + BlockContent.listItemAttributes(item, Op.EQUAL, 0) + ">"
                + content + "</li></" + list + ">";
    }

    /** A table row in a column: a table of its own, its cells in line with the unchanged rows' (see the stylesheet). */
    private static String tableOfOne(Block row, String html) {
        String part = row.header() ? "thead" : "tbody";
        return "<table class=\"diff-table\"><" + part + ">" + html + "</" + part + "></table>";
    }

    /** Which side a changed block's column shows, for screen readers, which do not see the columns' headings. */
    private static final String BEFORE = "<span class=\"sr-only\">Before: </span>";
    private static final String AFTER = "<span class=\"sr-only\">After: </span>";
    /** Start tags of links with a target and of summaries: generated markup, so a start tag is a tag. */
    private static final Pattern FOCUSABLE = Pattern.compile("<(?:(a)(?=\\s[^>]*\\bhref=)|(summary)\\b)");

    private static String column(String side, String content) {
        return "<div class=\"" + side + (content.isEmpty() ? " diff-empty" : "") + "\">" + content + "</div>";
    }

    private static String content(DiffBlock b, Side side, ChangedHtml changed) {
        Block block = side == Side.OLDER ? b.older() : b.newer();
        return switch (block.kind()) {
            case LIST_ITEM -> listOfOne(block, BlockContent.listItem(b, side, changed));
            case TABLE_ROW -> tableOfOne(block, BlockContent.row(b, side, changed, "", ""));
            default -> BlockContent.whole(b, side, changed);
        };
    }
}
