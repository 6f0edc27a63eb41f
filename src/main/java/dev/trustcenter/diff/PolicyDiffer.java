package dev.trustcenter.diff;

import dev.trustcenter.diff.DiffBlock.Op;
import dev.trustcenter.diff.WordDiff.Piece;
import dev.trustcenter.markdown.Block;
import dev.trustcenter.markdown.RenderedBody;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Compares two rendered versions of a body. Stateless and thread-safe. */
public final class PolicyDiffer {

    private PolicyDiffer() {
    }

    public static PolicyDiff diff(RenderedBody older, RenderedBody newer) {
        return diff(older, newer, new DiffMemo());
    }

    /** As {@link #diff(RenderedBody, RenderedBody)}, reusing the block comparisons in {@code memo}. */
    public static PolicyDiff diff(RenderedBody older, RenderedBody newer, DiffMemo memo) {
        TableColumns.Widened blocksOf = TableColumns.widen(older.blocks(), newer.blocks());
        List<DiffBlock> aligned = BlockAlignment.align(blocksOf.older(), blocksOf.newer(), memo);
        List<DiffBlock> blocks = new ArrayList<>(aligned.size());
        int[] added = new int[aligned.size()];
        int[] removed = new int[aligned.size()];
        for (int i = 0; i < aligned.size(); i++) {
            DiffBlock step = aligned.get(i);
            switch (step.op()) {
                case INSERT -> added[i] = memo.text(step.newer()).count();
                case DELETE -> removed[i] = memo.text(step.older()).count();
                case CHANGE -> {
                    Words w = memo.words(step, PolicyDiffer::withWords);
                    step = w.block();
                    added[i] = w.added();
                    removed[i] = w.removed();
                }
                default -> {
                    if (step.older() != step.newer() && parts(step.older()).size() == parts(step.newer()).size()
                            && !renderSame(step.older(), step.newer())) {
                        // the same words made into other HTML (bold, a heading's level, a link's
                        // target): a changed block without word changes, so the page shows where
                        step = memo.words(new DiffBlock(Op.CHANGE, step.older(), step.newer(), List.of()),
                                PolicyDiffer::withWords).block();
                    }
                }
            }
            blocks.add(step);
        }
        Moves moves = Moves.of(blocks, memo);
        boolean[] regrouped = recountRegrouped(blocks, added, removed, moved(blocks, moves));
        int moved = countMoves(blocks, moves, regrouped, added, removed, memo);
        PolicyDiff diff = new PolicyDiff(blocks, Arrays.stream(added).sum(), Arrays.stream(removed).sum(), moved,
                sections(blocks, older, newer), classify(blocks, older, newer, memo));
        memo.keepMoves(diff, moves);
        return diff;
    }

    /**
     * A block that moved is counted as moved words, not as words removed in one place and added in
     * another: a section moved whole adds and removes nothing. One edited on the way counts what the
     * move changed. Blocks in a regrouped run (see {@link #recountRegrouped}) keep their run's counts.
     *
     * @return the words moved
     */
    private static int countMoves(List<DiffBlock> blocks, Moves moves, boolean[] regrouped, int[] added, int[] removed,
                                  DiffMemo memo) {
        List<Integer> changeAt = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).isChange()) {
                changeAt.add(i);
            }
        }
        int moved = 0;
        for (int n = 1; n <= changeAt.size(); n++) {
            Integer other = moves.partner(n);
            int here = changeAt.get(n - 1);
            if (other == null || blocks.get(here).op() != Op.INSERT) {
                continue;
            }
            int there = changeAt.get(other - 1);
            if (regrouped[here] || regrouped[there]) {
                continue;
            }
            Block arrived = blocks.get(here).newer();
            int[] edits = moveEdits(blocks.get(there).older(), arrived, memo);
            added[here] = edits[0];
            removed[there] = edits[1];
            moved += memo.text(arrived).count() - edits[0];
        }
        return moved;
    }

    /**
     * The words added and removed between a moved block's two places: none for the same text, but a
     * heading renumbered by its move ("12. Scope" → "Scope") or a block edited on the way differs.
     * Compared as a changed block is, cell by cell for rows with as many cells.
     */
    private static int[] moveEdits(Block left, Block arrived, DiffMemo memo) {
        if (parts(left).size() == parts(arrived).size()) {
            Words w = memo.words(new DiffBlock(Op.CHANGE, left, arrived, List.of()), PolicyDiffer::withWords);
            return new int[] {w.added(), w.removed()};
        }
        List<String> olderWords = new ArrayList<>();
        List<String> newerWords = new ArrayList<>();
        words(left, olderWords);
        words(arrived, newerWords);
        return wordEdits(olderWords, newerWords);
    }

    /** The words a word diff of two word lists inserts and deletes. */
    private static int[] wordEdits(List<String> olderWords, List<String> newerWords) {
        int[] edits = new int[2];
        for (Piece<String> p : WordDiff.diff(olderWords, newerWords, w -> w)) {
            edits[0] += p.op() == Op.INSERT ? 1 : 0;
            edits[1] += p.op() == Op.DELETE ? 1 : 0;
        }
        return edits;
    }

    /**
     * Recounts the words of each run of adjacent changes that deletes some blocks and inserts others,
     * or changes some and inserts or deletes others, such as a list item that became a heading and a
     * paragraph, or a paragraph split in two: block by block every word of both
     * versions counted, while a diff of the run's words finds what changed. The run's counts go to
     * its first block. Moves between runs are counted as moves (see {@link #countMoves}).
     *
     * @return which blocks are in such a run
     */
    private static boolean[] recountRegrouped(List<DiffBlock> blocks, int[] added, int[] removed, boolean[] moved) {
        boolean[] regrouped = new boolean[blocks.size()];
        int start = 0;
        while (start < blocks.size()) {
            int end = start;
            boolean deletes = false;
            boolean inserts = false;
            boolean changes = false;
            boolean moves = false;
            while (end < blocks.size() && blocks.get(end).isChange()) {
                deletes |= blocks.get(end).op() == Op.DELETE;
                inserts |= blocks.get(end).op() == Op.INSERT;
                changes |= blocks.get(end).op() == Op.CHANGE;
                moves |= moved[end];
                end++;
            }
            // a paragraph split in two is a changed block and an inserted one: block by block, the
            // words that went to the new paragraph counted as removed and added (a block that moved
            // into or out of the run is counted as moved instead, see countMoves)
            if (deletes && inserts || changes && (deletes || inserts) && !moves) {
                List<String> olderWords = new ArrayList<>();
                List<String> newerWords = new ArrayList<>();
                for (DiffBlock b : blocks.subList(start, end)) {
                    if (b.older() != null) {
                        words(b.older(), olderWords);
                    }
                    if (b.newer() != null) {
                        words(b.newer(), newerWords);
                    }
                }
                Arrays.fill(regrouped, start, end, true);
                Arrays.fill(added, start, end, 0);
                Arrays.fill(removed, start, end, 0);
                int[] edits = wordEdits(olderWords, newerWords);
                added[start] = edits[0];
                removed[start] = edits[1];
            }
            start = Math.max(end, start + 1);
        }
        return regrouped;
    }

    /** Which blocks moved (either place): {@link Moves} numbers the changes from 1. */
    private static boolean[] moved(List<DiffBlock> blocks, Moves moves) {
        boolean[] moved = new boolean[blocks.size()];
        int n = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).isChange()) {
                moved[i] = moves.partner(++n) != null;
            }
        }
        return moved;
    }

    private static void words(Block block, List<String> out) {
        for (String token : Tokens.split(block.text())) {
            if (Tokens.isWord(token)) {
                out.add(token);
            }
        }
    }

    /**
     * Two blocks of the same kind compared word by word, as a changed block: how a block that moved
     * and was edited on the way differs from its old place. Table rows need as many cells.
     */
    public static DiffBlock compareWords(Block older, Block newer) {
        return withWords(new DiffBlock(Op.CHANGE, older, newer, List.of())).block();
    }

    /** A changed block with its word runs, and the words it adds and removes. */
    record Words(DiffBlock block, int added, int removed) {
    }

    private static Words withWords(DiffBlock step) {
        int[] added = {0};
        int[] removed = {0};
        List<String> olderParts = parts(step.older());
        List<String> newerParts = parts(step.newer());
        List<WordChange> words = new ArrayList<>();
        for (int cell = 0; cell < olderParts.size(); cell++) {
            List<Piece<String>> raw = WordDiff.diff(Tokens.split(olderParts.get(cell)),
                    Tokens.split(newerParts.get(cell)), Tokens::key);
            for (Piece<String> p : raw) {
                added[0] += p.op() == Op.INSERT && Tokens.isWord(p.newer()) ? 1 : 0;
                removed[0] += p.op() == Op.DELETE && Tokens.isWord(p.older()) ? 1 : 0;
            }
            runs(WordDiff.readable(raw, Tokens::isWord), cell, words);
        }
        return new Words(new DiffBlock(Op.CHANGE, step.older(), step.newer(), words), added[0], removed[0]);
    }

    /** Table rows are compared cell by cell (pairing guarantees equal cell counts). */
    private static List<String> parts(Block block) {
        return block.kind() == Block.Kind.TABLE_ROW && !block.cells().isEmpty() ? block.cells() : List.of(block.text());
    }

    private static void runs(List<Piece<String>> pieces, int cell, List<WordChange> out) {
        StringBuilder text = new StringBuilder();
        Op op = null;
        for (Piece<String> p : pieces) {
            if (p.op() != op && op != null) {
                out.add(new WordChange(op, text.toString(), cell));
                text.setLength(0);
            }
            op = p.op();
            text.append(p.op() == Op.DELETE ? p.older() : p.newer());
        }
        if (op != null) {
            out.add(new WordChange(op, text.toString(), cell));
        }
    }

    /**
     * Only the runs of changed blocks between equal ones can differ, so only they are compared:
     * a one-word edit in a long policy costs the words of that block, not of the whole text.
     */
    private static ChangeType classify(List<DiffBlock> blocks, RenderedBody olderBody, RenderedBody newerBody,
                                      DiffMemo memo) {
        ChangeType type = ChangeType.NONE;
        RunText older = new RunText();
        RunText newer = new RunText();
        StringBuilder allOlderWords = new StringBuilder();
        StringBuilder allNewerWords = new StringBuilder();
        boolean inRun = false;
        for (int i = 0; i <= blocks.size(); i++) {
            DiffBlock b = i < blocks.size() ? blocks.get(i) : null;
            if (b != null && b.isChange()) {
                inRun = true;
                if (b.older() != null) {
                    older.add(memo.text(b.older()));
                }
                if (b.newer() != null) {
                    newer.add(memo.text(b.newer()));
                }
            } else if (inRun) {
                type = worse(type, older.classify(newer));
                older.appendWords(allOlderWords);
                newer.appendWords(allNewerWords);
                older = new RunText();
                newer = new RunText();
                inRun = false;
            }
        }
        if (type != ChangeType.NONE && sameWords(allOlderWords.toString(), allNewerWords.toString())) {
            // Text that only moved differs run by run, not necessarily as a whole: the whole decides.
            // Equal word multisets in the changed runs are necessary for that, and cheap to test.
            type = RunText.of(olderBody, memo).classify(RunText.of(newerBody, memo));
        }
        if (type != ChangeType.MATERIAL && !targets(blocks, DiffBlock::older, memo).equals(targets(blocks, DiffBlock::newer, memo))) {
            // the same words, but a link or an image points elsewhere: what the policy refers to changed
            return ChangeType.MATERIAL;
        }
        if (type == ChangeType.NONE && !sameHtml(blocks)) {
            // the same words, made into other HTML: bold, a heading's level, a code span, line breaks
            return ChangeType.EDITORIAL;
        }
        return type;
    }

    /** Where the links and images of one version's blocks point, in reading order. */
    private static List<String> targets(List<DiffBlock> blocks, Function<DiffBlock, Block> side, DiffMemo memo) {
        return LinkTarget.of(blocks, side, memo).stream().map(LinkTarget::target).toList();
    }

    private static boolean sameHtml(List<DiffBlock> blocks) {
        for (DiffBlock b : blocks) {
            if (b.op() != Op.EQUAL || b.older() != b.newer() && !renderSame(b.older(), b.newer())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whitespace outside code renders as one space: a paragraph reflowed in the Markdown reads the
     * same. Ids are not seen: a heading numbered "notes-1" once another "Notes" came before it.
     */
    private static boolean renderSame(Block older, Block newer) {
        if (older.html().equals(newer.html())) {
            return true;
        }
        String a = generatedOut(DiffMarkup.older(older.html()));
        String b = generatedOut(DiffMarkup.older(newer.html()));
        return a.equals(b) || older.kind() != Block.Kind.CODE && !older.html().contains("<pre")
                && Tokens.collapseSpace(a).equals(Tokens.collapseSpace(b));
    }

    /**
     * Without what numbering writes: an ordered list item's {@code value} and a footnote's number
     * and links change when an item or a note is added before them, which is not a change to them.
     */
    private static String generatedOut(String html) {
        return html.contains(" value=\"") || html.contains("footnote") ? GENERATED.matcher(html).replaceAll("") : html;
    }

    private static final Pattern GENERATED = Pattern.compile(
            " value=\"[0-9]+\"|<a class=\"footnote-ref\" href=\"#fn-[0-9-]+\">[0-9]+</a>| href=\"#fnref-[0-9-]+\"");

    /** Word lists as {@link Tokens#appendWords} writes them. */
    private static boolean sameWords(String olderWords, String newerWords) {
        // each word is followed by a space, so the same words make the same length
        return olderWords.length() == newerWords.length() && wordCounts(olderWords).equals(wordCounts(newerWords));
    }

    private static Map<String, Integer> wordCounts(String words) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : words.split(" ")) {
            counts.merge(word, 1, Integer::sum);
        }
        return counts;
    }

    private static ChangeType worse(ChangeType a, ChangeType b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Numbering matches the fragments: the n-th changed block is "change-n". */
    private static List<ChangedSection> sections(List<DiffBlock> blocks, RenderedBody older, RenderedBody newer) {
        Map<String, String> titles = new HashMap<>();
        older.headings().forEach(h -> titles.put(h.id(), h.text()));
        newer.headings().forEach(h -> titles.put(h.id(), h.text()));
        Map<String, ChangedSection> sections = new LinkedHashMap<>();
        int change = 0;
        for (DiffBlock b : blocks) {
            if (b.isChange()) {
                change++;
                String id = b.shown().sectionId();
                String anchor = "change-" + change;
                sections.computeIfAbsent(id, k -> new ChangedSection(k, titles.getOrDefault(k, ""), anchor));
            }
        }
        return List.copyOf(sections.values());
    }
}
