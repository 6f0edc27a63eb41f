package dev.trustcenter.diff;

import dev.trustcenter.diff.DiffBlock.Op;
import dev.trustcenter.markdown.Block;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Blocks that moved: a deleted block whose text (same kind, same words) is inserted elsewhere, or,
 * lightly edited on the way, most of its words ("moved below, edited"). The diff keeps them a
 * deletion and an insertion, so both views still read as each version; the pair
 * gets links to each other ("moved below", "moved here from above") so that a moved section reads
 * as moved. Changes are numbered as in the fragments: the n-th changed block is "change-n".
 */
final class Moves {

    private static final Pattern SECTION_NUMBER = Pattern.compile("^[0-9]+(\\.[0-9]+)*\\.?\\s+");

    /** A moved block that was also edited shares at least this much of its words with its other place. */
    private static final double EDITED_MOVE = 0.8;
    /** Shorter blocks ("Yes.", a one-word heading) are too alike by chance to call moved when edited. */
    private static final int EDITED_MOVE_WORDS = 8;
    /**
     * Beyond this many deleted × inserted blocks, comparing them all would cost more than the diff;
     * a 7,500-word terms rewrite needs thousands.
     */
    private static final int EDITED_MOVE_PAIRS = 20_000;

    private final Map<Integer, Integer> partner = new HashMap<>();
    private final Map<Integer, Boolean> deleted = new HashMap<>();
    private final Map<Integer, Boolean> edited = new HashMap<>();
    /** The changed blocks in order: change n is at n - 1. */
    private final List<DiffBlock> changes = new ArrayList<>();

    private Moves() {
    }

    /** @param memo keeps each block's word shape, which the views of a diff share */
    static Moves of(List<DiffBlock> blocks, DiffMemo memo) {
        Moves moves = new Moves();
        Map<String, Deque<Integer>> insertions = new HashMap<>();
        Map<Integer, String> deletions = new LinkedHashMap<>();
        int n = 0;
        for (DiffBlock b : blocks) {
            if (!b.isChange()) {
                continue;
            }
            n++;
            moves.changes.add(b);
            if (b.op() == Op.INSERT && key(b) != null) {
                insertions.computeIfAbsent(key(b), k -> new ArrayDeque<>()).add(n);
            } else if (b.op() == Op.DELETE && key(b) != null) {
                deletions.put(n, key(b));
            }
        }
        deletions.forEach((from, key) -> {
            Deque<Integer> candidates = insertions.get(key);
            Integer to = candidates == null ? null : candidates.poll();
            if (to != null) {
                moves.pair(from, to, false);
            }
        });
        moves.pairEdited(blocks, memo);
        return moves;
    }

    private void pair(int from, int to, boolean wasEdited) {
        partner.put(from, to);
        partner.put(to, from);
        deleted.put(from, true);
        deleted.put(to, false);
        edited.put(from, wasEdited);
        edited.put(to, wasEdited);
    }

    /**
     * Blocks that moved and were lightly edited on the way (a clause renumbered and reworded): a
     * deleted and an inserted block of the same kind, not already paired, that share most words.
     */
    private void pairEdited(List<DiffBlock> blocks, DiffMemo memo) {
        List<Integer> deletedAt = new ArrayList<>();
        List<Integer> insertedAt = new ArrayList<>();
        Map<Integer, BlockAlignment.Shape> shapes = new HashMap<>();
        int n = 0;
        for (DiffBlock b : blocks) {
            if (!b.isChange()) {
                continue;
            }
            n++;
            if (b.op() != Op.CHANGE && !partner.containsKey(n) && Tokens.countWords(b.shown().text()) >= EDITED_MOVE_WORDS) {
                (b.op() == Op.DELETE ? deletedAt : insertedAt).add(n);
                shapes.put(n, memo.shape(b.shown()));
            }
        }
        if (deletedAt.isEmpty() || insertedAt.isEmpty() || deletedAt.size() * insertedAt.size() > EDITED_MOVE_PAIRS) {
            return;
        }
        for (int from : deletedAt) {
            int best = -1;
            double bestShare = EDITED_MOVE;
            for (int to : insertedAt) {
                if (partner.containsKey(to) || !shapes.get(from).sameKind(shapes.get(to))) {
                    continue;
                }
                double share = shapes.get(from).share(shapes.get(to));
                if (share >= bestShare) {
                    best = to;
                    bestShare = share;
                }
            }
            if (best > 0) {
                pair(from, best, true);
            }
        }
    }

    /**
     * Same kind and same text, whitespace aside, and for headings their number aside: a section
     * moved from 9 to 4 is renumbered as it moves. Blank blocks never count as moved.
     */
    private static String key(DiffBlock b) {
        String text = Tokens.normalizeSpace(b.shown().text());
        if (b.shown().kind() == Block.Kind.HEADING) {
            text = SECTION_NUMBER.matcher(text).replaceFirst("");
        }
        return text.isEmpty() ? null : b.shown().kind() + "\u0000" + text;
    }

    /** Whether change {@code n} moved and was also edited on the way. */
    boolean edited(int n) {
        return edited.getOrDefault(n, false);
    }

    /**
     * For change {@code n} that moved and was edited on the way, its deleted place compared with its
     * inserted place, to mark the edits in each; null otherwise. Moved table rows have as many cells
     * at both places (see {@link BlockAlignment#pairKind}), which pair one by one.
     */
    ChangedHtml editedPlaces(int n, DiffMemo memo) {
        if (!edited(n)) {
            return null;
        }
        DiffBlock here = changes.get(n - 1);
        DiffBlock there = changes.get(partner(n) - 1);
        DiffBlock deletedPlace = here.op() == Op.DELETE ? here : there;
        DiffBlock insertedPlace = here.op() == Op.DELETE ? there : here;
        return memo.movedPlaces(deletedPlace.older(), insertedPlace.newer());
    }

    /** Whether any change moved and was edited on the way, so has its edits marked ({@link #editedPlaces}). */
    boolean marksEdits() {
        return edited.containsValue(true);
    }

    /** The number of the change that change {@code n} moved to or from; null when it did not move. */
    Integer partner(int n) {
        return partner.get(n);
    }

    /** The link from change {@code n} to where it moved, or "" when it did not move. */
    String link(int n) {
        Integer other = partner.get(n);
        if (other == null) {
            return "";
        }
        String where = other > n ? "below" : "above";
        String text = (deleted.get(n) ? "moved " + where : "moved here from " + where) + (edited.get(n) ? ", edited" : "");
        return "<a class=\"diff-nav diff-moved\" href=\"#change-" + other + "\">" + text + "</a>";
    }
}
