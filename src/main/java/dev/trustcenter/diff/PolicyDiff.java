package dev.trustcenter.diff;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The comparison of two versions of a body.
 *
 * @param blocks       every block of both versions in reading order
 * @param wordsAdded   words (letter/digit runs) inserted
 * @param wordsRemoved words deleted
 * @param wordsMoved   words of blocks that moved (deleted in one place, inserted in another), counted
 *                     in neither of the above; of a block edited on the way, the words it kept
 * @param sections     sections holding changes, in document order
 * @param changeType   how much the text changed
 */
public record PolicyDiff(List<DiffBlock> blocks, int wordsAdded, int wordsRemoved, int wordsMoved,
                         List<ChangedSection> sections, ChangeType changeType) {

    public PolicyDiff {
        blocks = List.copyOf(blocks);
        sections = List.copyOf(sections);
        Objects.requireNonNull(changeType, "changeType");
    }

    /** Whether any block differs; true also for formatting-only changes ({@link ChangeType#NONE}). */
    public boolean hasChanges() {
        return changes() > 0;
    }

    /** Number of changed blocks: the fragments number them change-1 … change-N. */
    public int changes() {
        return (int) blocks.stream().filter(DiffBlock::isChange).count();
    }

    /** Where a moved block went or came from, and whether its text was also edited on the way. */
    public record Move(DiffBlock other, boolean edited) {
    }

    /**
     * Each changed block that moved (deleted in one place, the same or a lightly edited text
     * inserted in another) with its counterpart, as the HTML views link them. By identity: equal
     * blocks may stand in two places.
     */
    public Map<DiffBlock, Move> moves() {
        Moves moves = Moves.of(blocks, new DiffMemo());
        List<DiffBlock> changed = blocks.stream().filter(DiffBlock::isChange).toList();
        Map<DiffBlock, Move> partners = new IdentityHashMap<>();
        for (int n = 1; n <= changed.size(); n++) {
            Integer other = moves.partner(n);
            if (other != null) {
                partners.put(changed.get(n - 1), new Move(changed.get(other - 1), moves.edited(n)));
            }
        }
        return partners;
    }
}
