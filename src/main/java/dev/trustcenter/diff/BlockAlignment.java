package dev.trustcenter.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.trustcenter.diff.DiffBlock.Op;
import dev.trustcenter.markdown.Block;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Aligns two block sequences. Blocks are equal when kind and whitespace-normalised text match
 * (HTML for text-less blocks such as images or rules). The common head and tail are skipped by
 * comparing keys, so consecutive versions (mostly equal) cost little; the rest goes through Myers,
 * without the blocks found on one side only.
 * Inside a replaced stretch, blocks are paired with a similar block of the same kind first
 * (Myers again, "equal" meaning similar), then with a block of the same kind that shares some of
 * its words (any block of the same kind when one block replaced one); the rest stand alone as
 * inserted or deleted.
 */
final class BlockAlignment {

    /** At least this share of words in common (Dice coefficient) makes two blocks "similar". */
    private static final double SIMILAR = 0.5;
    /**
     * Below this share, two blocks in a longer replaced stretch are unrelated texts: paired, a section
     * replaced by another read as each paragraph rewritten into the next, and headings renumbered
     * by a move ("3. Spam" → "2. Spam") paired crosswise with their neighbours.
     */
    private static final double RELATED = 0.2;
    /** Text in an HTML wrapper is paired with unwrapped text only when nearly all its words are the same. */
    private static final double WRAPPED = 0.8;
    private static final Set<Block.Kind> PROSE_KINDS =
            EnumSet.of(Block.Kind.HTML, Block.Kind.PARAGRAPH, Block.Kind.BLOCK_QUOTE);
    private static final Pattern ID = Pattern.compile(" id=\"[^\"]*\"");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    private final List<DiffBlock> out = new ArrayList<>();
    private final DiffMemo memo;

    private BlockAlignment(DiffMemo memo) {
        this.memo = memo;
    }

    /** CHANGE steps come without word runs; the caller adds them. Keys and shapes of blocks come from {@code memo}. */
    static List<DiffBlock> align(List<Block> older, List<Block> newer, DiffMemo memo) {
        List<Integer> a = keys(older, memo);
        List<Integer> b = keys(newer, memo);
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        BlockAlignment alignment = new BlockAlignment(memo);
        alignment.equal(older.subList(0, head), newer.subList(0, head));
        alignment.middle(older.subList(head, a.size() - tail), newer.subList(head, b.size() - tail),
                a.subList(head, a.size() - tail), b.subList(head, b.size() - tail));
        alignment.equal(older.subList(a.size() - tail, a.size()), newer.subList(b.size() - tail, b.size()));
        return alignment.out;
    }

    /** Text-less blocks (an image, a rule, an empty heading) compare by HTML, without heading ids that renumbering shifts. */
    static String key(Block block) {
        String text = block.kind() == Block.Kind.CODE ? Tokens.normalizeSpace(block.text()) : block.text();
        String content = text.isBlank() ? ID.matcher(block.html()).replaceAll("") : text;
        return block.kind().ordinal() + (block.header() ? "h" : "") + "\u0000" + content;
    }

    private static List<Integer> keys(List<Block> blocks, DiffMemo memo) {
        List<Integer> keys = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            keys.add(memo.key(block));
        }
        return keys;
    }

    /**
     * Myers runs only on the blocks whose key is found on both sides, as GNU diff discards lines
     * found on one side only: those can match nothing, and a review compared with a much later text
     * has many of them, which Myers pays for quadratically. Between two matched blocks, what is
     * left is one replaced stretch, as between two of Myers' deltas.
     */
    private void middle(List<Block> older, List<Block> newer, List<Integer> a, List<Integer> b) {
        BitSet inA = new BitSet();
        BitSet inB = new BitSet();
        a.forEach(inA::set);
        b.forEach(inB::set);
        List<Integer> keptA = kept(a, inB);
        List<Integer> keptB = kept(b, inA);
        List<Integer> ka = keptA.stream().map(a::get).toList();
        List<Integer> kb = keptB.stream().map(b::get).toList();
        int i = 0;
        int j = 0;
        int ki = 0;
        int kj = 0;
        for (AbstractDelta<Integer> delta : DiffUtils.diff(ka, kb).getDeltas()) {
            for (; ki < delta.getSource().getPosition(); ki++, kj++) {
                i = step(older, newer, i, j, keptA.get(ki), keptB.get(kj));
                j = keptB.get(kj) + 1;
            }
            ki += delta.getSource().size();
            kj += delta.getTarget().size();
        }
        for (; ki < ka.size(); ki++, kj++) {
            i = step(older, newer, i, j, keptA.get(ki), keptB.get(kj));
            j = keptB.get(kj) + 1;
        }
        pairSimilar(older.subList(i, older.size()), newer.subList(j, newer.size()));
    }

    /** Pairs what lies before the matched blocks {@code s} and {@code t}, then the two; returns the older index after them. */
    private int step(List<Block> older, List<Block> newer, int i, int j, int s, int t) {
        // most matched blocks follow the previous one: no sublists for the nothing between them
        if (i < s || j < t) {
            pairSimilar(older.subList(i, s), newer.subList(j, t));
        }
        out.add(new DiffBlock(Op.EQUAL, older.get(s), newer.get(t), List.of()));
        return s + 1;
    }

    private static List<Integer> kept(List<Integer> keys, BitSet other) {
        List<Integer> kept = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            if (other.get(keys.get(k))) {
                kept.add(k);
            }
        }
        return kept;
    }

    private void equal(List<Block> older, List<Block> newer) {
        for (int k = 0; k < older.size(); k++) {
            out.add(new DiffBlock(Op.EQUAL, older.get(k), newer.get(k), List.of()));
        }
    }

    private void pairSimilar(List<Block> older, List<Block> newer) {
        if (older.isEmpty() || newer.isEmpty()) {
            alone(older, newer);
            return;
        }
        List<Shape> a = older.stream().map(memo::shape).toList();
        List<Shape> b = newer.stream().map(memo::shape).toList();
        int i = 0;
        int j = 0;
        for (AbstractDelta<Shape> delta : DiffUtils.diff(a, b, Shape::similar).getDeltas()) {
            int s = delta.getSource().getPosition();
            int t = delta.getTarget().getPosition();
            pairs(older.subList(i, s), newer.subList(j, t));
            i = s + delta.getSource().size();
            j = t + delta.getTarget().size();
            pairByKind(older.subList(s, i), newer.subList(t, j));
        }
        pairs(older.subList(i, older.size()), newer.subList(j, newer.size()));
    }

    /**
     * Pairs blocks of the same kind, aligned from the end: the blocks after this stretch are equal,
     * and what precedes them in the older version (a renamed heading, say) is more likely to be what
     * precedes them in the newer one than something inserted before it.
     */
    private void pairByKind(List<Block> older, List<Block> newer) {
        int[] match = new int[older.size()];
        boolean[] matched = new boolean[newer.size()];
        Arrays.fill(match, -1);
        List<String> a = reversed(kinds(older));
        List<String> b = reversed(kinds(newer));
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            for (; i < delta.getSource().getPosition(); i++, j++) {
                match[older.size() - 1 - i] = newer.size() - 1 - j;
                matched[newer.size() - 1 - j] = true;
            }
            i += delta.getSource().size();
            j += delta.getTarget().size();
        }
        for (; i < a.size(); i++, j++) {
            match[older.size() - 1 - i] = newer.size() - 1 - j;
            matched[newer.size() - 1 - j] = true;
        }
        if (older.size() > 1 || newer.size() > 1) {
            for (int k = 0; k < match.length; k++) {
                if (match[k] >= 0 && memo.shape(older.get(k)).share(memo.shape(newer.get(match[k]))) < RELATED) {
                    matched[match[k]] = false;
                    match[k] = -1;
                }
            }
        }
        merge(older, newer, match, matched);
    }

    private void merge(List<Block> older, List<Block> newer, int[] match, boolean[] matched) {
        int i = 0;
        int j = 0;
        while (i < older.size() || j < newer.size()) {
            if (i < older.size() && match[i] < 0) {
                alone(List.of(older.get(i++)), List.of());
            } else if (j < newer.size() && !matched[j]) {
                alone(List.of(), List.of(newer.get(j++)));
            } else {
                pairs(List.of(older.get(i++)), List.of(newer.get(j++)));
            }
        }
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private void pairs(List<Block> older, List<Block> newer) {
        for (int k = 0; k < older.size(); k++) {
            Block o = older.get(k);
            Block n = newer.get(k);
            Op op = memo.key(o).equals(memo.key(n)) ? Op.EQUAL : Op.CHANGE;
            out.add(new DiffBlock(op, o, n, List.of()));
        }
    }

    private void alone(List<Block> older, List<Block> newer) {
        older.forEach(o -> out.add(new DiffBlock(Op.DELETE, o, null, List.of())));
        newer.forEach(n -> out.add(new DiffBlock(Op.INSERT, null, n, List.of())));
    }

    /** What may be paired: same kind, same head/body role and, for rows, the same number of cells. */
    static String pairKind(Block block) {
        return block.kind() + (block.header() ? "h" : "") + (block.kind() == Block.Kind.TABLE_ROW ? block.cells().size() : "");
    }

    private static List<String> kinds(List<Block> blocks) {
        return blocks.stream().map(BlockAlignment::pairKind).toList();
    }

    /** A block with its lower-cased word counts, for similarity. */
    static final class Shape {
        private final String kind;
        private final Block.Kind blockKind;
        private final Map<String, Integer> words = new HashMap<>();
        private final int size;

        Shape(Block block) {
            kind = pairKind(block);
            blockKind = block.kind();
            StringBuilder normalized = new StringBuilder();
            Tokens.appendWords(block.text(), normalized);
            // A heading's number is where it stands, not what it says: "2. Gamma" is not like "2. Spam".
            boolean heading = blockKind == Block.Kind.HEADING;
            int n = 0;
            for (String word : normalized.toString().split(" ")) {
                if (!word.isEmpty() && !(heading && NUMBER.matcher(word).matches())) {
                    words.merge(word, 1, Integer::sum);
                    n++;
                }
            }
            size = n;
        }

        boolean similar(Shape other) {
            if (sameKind(other)) {
                return share(other) >= SIMILAR;
            }
            // Text that left or entered an HTML wrapper (a <details>, a layout table) is the same
            // text: compared, its edits show; as a deletion and an insertion, they were lost.
            return (blockKind == Block.Kind.HTML || other.blockKind == Block.Kind.HTML)
                    && PROSE_KINDS.contains(blockKind) && PROSE_KINDS.contains(other.blockKind) && share(other) >= WRAPPED;
        }

        boolean sameKind(Shape other) {
            return kind.equals(other.kind);
        }

        /** Words in common (Dice coefficient); two blocks without words share all. */
        double share(Shape other) {
            if (size == 0 || other.size == 0) {
                return size == other.size ? 1 : 0;
            }
            int common = 0;
            for (Map.Entry<String, Integer> e : words.entrySet()) {
                common += Math.min(e.getValue(), other.words.getOrDefault(e.getKey(), 0));
            }
            return 2.0 * common / (size + other.size);
        }
    }
}
