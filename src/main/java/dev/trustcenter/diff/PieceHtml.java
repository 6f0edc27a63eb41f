package dev.trustcenter.diff;

import dev.trustcenter.diff.DiffBlock.Op;
import dev.trustcenter.diff.HtmlToken.Frame;
import dev.trustcenter.diff.WordDiff.Piece;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes compared tokens as HTML, reopening their enclosing elements as needed and putting each run
 * of inserted or deleted tokens in an {@code <ins>}/{@code <del>} innermost, so marks never
 * straddle element boundaries. Whitespace and empty elements directly inside a list or table part
 * stay unmarked: there {@code <ins>} would be invalid, and they carry no text.
 */
final class PieceHtml {

    /** Which version to show: both with marks (inline), or one column of a side-by-side view. */
    enum Side { INLINE, OLDER, NEWER }

    private final StringBuilder out = new StringBuilder();
    private final List<Frame> open = new ArrayList<>();
    private final boolean moveEdits;
    private Op mark;

    private PieceHtml(boolean moveEdits) {
        this.moveEdits = moveEdits;
    }

    static String render(List<Piece<HtmlToken>> pieces, Side side) {
        return render(pieces, side, false);
    }

    /**
     * @param moveEdits mark with {@code <mark class="diff-move-edit">} instead of {@code <ins>}/{@code <del>}:
     *                  the pieces compare a moved block with its other place, and the block itself is
     *                  the insertion or deletion
     */
    static String render(List<Piece<HtmlToken>> pieces, Side side, boolean moveEdits) {
        PieceHtml html = new PieceHtml(moveEdits);
        for (Piece<HtmlToken> p : pieces) {
            html.add(p, side);
        }
        html.emit(List.of(), null, "");
        return html.out.toString();
    }

    private void add(Piece<HtmlToken> p, Side side) {
        if (p.op() == Op.EQUAL) {
            HtmlToken t = side == Side.OLDER ? p.older() : p.newer();
            emit(t.frames(), null, side == Side.OLDER ? t.olderHtml() : t.html());
        } else if (p.op() == Op.DELETE && side != Side.NEWER || p.op() == Op.INSERT && side != Side.OLDER) {
            HtmlToken t = p.op() == Op.DELETE ? p.older() : p.newer();
            boolean unmarked = t.inStructure() && (t.space() || t.isMarkup());
            emit(t.frames(), unmarked ? null : p.op(), p.op() == Op.DELETE ? t.olderHtml() : t.html());
        }
    }

    private void emit(List<Frame> frames, Op wanted, String html) {
        int common = 0;
        while (common < open.size() && common < frames.size() && open.get(common).equals(frames.get(common))) {
            common++;
        }
        if (mark != null && (common < open.size() || frames.size() > common || wanted != mark)) {
            out.append(moveEdits ? "</mark>" : mark == Op.INSERT ? "</ins>" : "</del>");
            mark = null;
        }
        while (open.size() > common) {
            out.append(open.remove(open.size() - 1).close());
        }
        for (int k = common; k < frames.size(); k++) {
            open.add(frames.get(k));
            out.append(frames.get(k).open());
        }
        if (wanted != null && mark == null) {
            out.append(moveEdits ? "<mark class=\"diff-move-edit\">" : wanted == Op.INSERT ? "<ins>" : "<del>");
            mark = wanted;
        }
        out.append(html);
    }
}
