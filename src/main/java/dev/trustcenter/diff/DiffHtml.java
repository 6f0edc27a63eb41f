package dev.trustcenter.diff;

import dev.trustcenter.diff.DiffBlock.Op;
import dev.trustcenter.diff.PieceHtml.Side;
import dev.trustcenter.markdown.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * HTML fragments of a {@link PolicyDiff}, for the page template to wrap in
 * {@code <article class="policy-diff">}.
 *
 * <p>Changes are {@code <ins>}/{@code <del>}; the fragments add no words of their own except the
 * "previous change"/"next change" links ({@code a.diff-nav}), so announcing insertions and deletions
 * to screen readers is left to CSS ({@code ins::before { content: … }}). The n-th changed block has
 * {@code id="change-n"}. Removing every {@code <del>} and {@code .diff-nav} from the inline fragment
 * leaves the newer text; removing every {@code <ins>} leaves the older text.
 *
 * <p>Class names: {@code diff-block} (wrapper of a changed block other than list items and rows),
 * {@code diff-insert}/{@code diff-delete}/{@code diff-change}/{@code diff-equal} (op of a block, row,
 * item or side-by-side row), {@code diff-list} ({@code ul}/{@code ol} of items, each
 * {@code li.depth-N}, {@code li.continued} for content after a nested list), {@code diff-table},
 * {@code diff-nav-links} holding {@code a.diff-nav.diff-prev} and {@code a.diff-nav.diff-next} on the
 * first block of each run of adjacent changes ({@link Hunks}; inline, for a run that starts with a
 * table's head row, just before the table, so that no column's name includes them), and for a
 * block that moved (deleted here, the same text inserted elsewhere) {@code a.diff-nav.diff-moved} linking
 * the two places; when it was also edited on the way, the words that differ from its other place are
 * {@code mark.diff-move-edit} inside its {@code <ins>}/{@code <del>};
 * side by side: {@code diff-side} › {@code diff-row} › {@code diff-old} + {@code diff-new}
 * ({@code diff-empty} when a side has nothing).
 */
public final class DiffHtml {

    private final Utf8Html.Builder out;
    private final Hunks hunks;
    private final Moves moves;
    private final DiffMemo memo;
    private int change;
    /** The open container: "", "ul", "ol", "thead" or "tbody" (the last two inside a table). */
    private String container = "";

    private DiffHtml(Hunks hunks, Moves moves, DiffMemo memo) {
        this.out = new Utf8Html.Builder();
        this.hunks = hunks;
        this.moves = moves;
        this.memo = memo;
    }

    /**
     * Both views of one diff.
     *
     * @param movedEdits whether a block that moved has its edits marked ({@code mark.diff-move-edit})
     */
    public record Fragments(Utf8Html inline, Utf8Html sideBySide, boolean movedEdits) {
    }

    /** One column: unchanged blocks as they are, changes marked where they happen. */
    public static String inline(PolicyDiff diff) {
        DiffMemo memo = new DiffMemo();
        return inline(diff, changed(diff, memo), memo, Moves.of(diff.blocks(), memo), Hunks.of(diff.blocks())).toString();
    }

    /** Two columns, older and newer, one row per block. */
    public static String sideBySide(PolicyDiff diff) {
        DiffMemo memo = new DiffMemo();
        return SideBySideHtml.render(diff, changed(diff, memo), memo, Moves.of(diff.blocks(), memo), Hunks.of(diff.blocks()))
                .toString();
    }

    /** Both views, comparing each changed block's markup once for the two. */
    public static Fragments both(PolicyDiff diff) {
        return both(diff, new DiffMemo());
    }

    /** Both views, reusing the block comparisons in {@code memo}; moves and runs are found once for the two. */
    public static Fragments both(PolicyDiff diff, DiffMemo memo) {
        List<ChangedHtml> changed = changed(diff, memo);
        Moves moves = memo.moves(diff);
        Hunks hunks = Hunks.of(diff.blocks());
        return new Fragments(inline(diff, changed, memo, moves, hunks), SideBySideHtml.render(diff, changed, memo, moves, hunks),
                moves.marksEdits());
    }

    private static Utf8Html inline(PolicyDiff diff, List<ChangedHtml> changed, DiffMemo memo, Moves moves, Hunks hunks) {
        DiffHtml html = new DiffHtml(hunks, moves, memo);
        for (int i = 0; i < diff.blocks().size(); i++) {
            html.block(diff.blocks().get(i), changed.get(i));
        }
        html.enter("");
        return html.out.build();
    }

    /** Per block, its word-level comparison when it changed, else null. */
    private static List<ChangedHtml> changed(PolicyDiff diff, DiffMemo memo) {
        List<ChangedHtml> changed = new ArrayList<>(diff.blocks().size());
        diff.blocks().forEach(b -> changed.add(b.op() == Op.CHANGE ? memo.html(b) : null));
        return changed;
    }

    private void block(DiffBlock b, ChangedHtml changed) {
        int n = b.isChange() ? ++change : 0;
        String nav = n > 0 ? hunks.nav(n, moves.link(n)) : "";
        Block shown = b.shown();
        switch (shown.kind()) {
            case LIST_ITEM -> {
                enter(listTag(shown));
                if (b.op() == Op.EQUAL) {
                    out.appendEncoded(memo.inlineEqual(b, DiffHtml::equalListItem));
                } else {
                    out.append("<li").append(BlockContent.listItemAttributes(shown, b.op(), n)).append('>').append(nav);
                    appendChanged(b, n, "</li>", () -> BlockContent.listItem(b, Side.INLINE, changed));
                }
            }
            case TABLE_ROW -> {
                // A head row's links in its first cell would be read as part of that column's name:
                // a table that starts with a changed head row has them just before it.
                boolean navBefore = shown.header() && !nav.isEmpty() && !container.equals("thead") && !container.equals("tbody");
                if (navBefore) {
                    enter("");
                    out.append(nav);
                }
                enterRow(shown.header());
                if (b.op() == Op.EQUAL) {
                    out.appendEncoded(memo.inlineEqual(b, DiffHtml::equalRow));
                } else {
                    String attributes = " class=\"" + DiffMarkup.opClass(b.op()) + "\"" + BlockContent.changeId(n);
                    String rowNav = navBefore ? "" : nav;
                    ChangedHtml places = moves.editedPlaces(n, memo);
                    if (places != null) {
                        out.append(DiffMarkup.openDetails(BlockContent.movedRow(b, places, attributes, rowNav)));
                    } else {
                        memo.inlineRow(b, () -> BlockContent.rowParts(b, Side.INLINE, changed))
                                .appendTo(out, attributes, rowNav);
                    }
                }
            }
            default -> {
                enter("");
                if (b.op() == Op.EQUAL) {
                    out.appendEncoded(memo.inlineEqual(b, DiffHtml::equalWhole));
                } else {
                    out.append("<div class=\"diff-block ").append(DiffMarkup.opClass(b.op())).append('"')
                            .append(BlockContent.changeId(n)).append('>').append(nav);
                    appendChanged(b, n, "</div>", () -> BlockContent.whole(b, Side.INLINE, changed));
                }
            }
        }
    }

    // Unchanged blocks, written once per policy (see DiffMemo#inlineEqual); static, so passing
    // them allocates nothing.
    private static String equalListItem(DiffBlock b) {
        return "<li" + BlockContent.listItemAttributes(b.shown(), Op.EQUAL, 0) + ">" + BlockContent.listItem(b, Side.INLINE, null)
                + "</li>";
    }

    private static String equalRow(DiffBlock b) {
        return BlockContent.row(b, Side.INLINE, null, "", "");
    }

    private static String equalWhole(DiffBlock b) {
        return BlockContent.whole(b, Side.INLINE, null);
    }

    /**
     * Change {@code n}'s marked content and end tag: its moved form when it moved and was edited on
     * the way, else {@code own}, kept for every diff that has the same change.
     */
    private void appendChanged(DiffBlock b, int n, String end, Supplier<String> own) {
        ChangedHtml places = moves.editedPlaces(n, memo);
        if (places != null) {
            out.append(DiffMarkup.openDetails(moved(b, places)) + end);
        } else {
            out.appendEncoded(memo.inlineChanged(b, () -> DiffMarkup.openDetails(own.get()) + end));
        }
    }

    /**
     * A block that moved and was edited, at this place, as both views show it: written once per
     * pair of places, however many diffs have the move. The inserted and the deleted place are the
     * two sides of their comparison.
     */
    static String moved(DiffBlock b, ChangedHtml places) {
        return places.rendered(0, b.op() == Op.INSERT ? Side.NEWER : Side.OLDER, () -> BlockContent.movedEdited(b, places));
    }

    /** Content after a nested list continues whatever list is open. */
    private String listTag(Block item) {
        if (BlockDom.listItem(item).continued() && (container.equals("ul") || container.equals("ol"))) {
            return container;
        }
        return BlockContent.isOrdered(item) ? "ol" : "ul";
    }

    private void enter(String wanted) {
        if (container.equals(wanted)) {
            return;
        }
        out.append(switch (container) {
            case "ul" -> "</ul>";
            case "ol" -> "</ol>";
            case "thead" -> "</thead></table>";
            case "tbody" -> "</tbody></table>";
            default -> "";
        });
        out.append(switch (wanted) {
            case "ul" -> "<ul class=\"diff-list\">";
            case "ol" -> "<ol class=\"diff-list\">";
            case "thead" -> "<table class=\"diff-table\"><thead>";
            case "tbody" -> "<table class=\"diff-table\"><tbody>";
            default -> "";
        });
        container = wanted;
    }

    /** A head row after body rows starts a new table; body rows after head rows continue it. */
    private void enterRow(boolean header) {
        if (!header && container.equals("thead")) {
            out.append("</thead><tbody>");
            container = "tbody";
        } else {
            enter(header ? "thead" : "tbody");
        }
    }
}
