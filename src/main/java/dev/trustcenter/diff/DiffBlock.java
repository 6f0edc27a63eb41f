package dev.trustcenter.diff;

import dev.trustcenter.markdown.Block;
import java.util.List;
import java.util.Objects;

/**
 * One step of a block-level diff.
 *
 * @param op    EQUAL (same kind and text; {@code newer}'s formatting wins), INSERT ({@code older} is
 *              null), DELETE ({@code newer} is null) or CHANGE (two paired blocks of the same kind)
 * @param words for CHANGE, the word-level runs in reading order (deletions before insertions within
 *              a changed stretch); empty otherwise
 */
public record DiffBlock(Op op, Block older, Block newer, List<WordChange> words) {

    public enum Op { EQUAL, INSERT, DELETE, CHANGE }

    public DiffBlock {
        Objects.requireNonNull(op, "op");
        if ((older == null) != (op == Op.INSERT) || (newer == null) != (op == Op.DELETE)) {
            throw new IllegalArgumentException(op + " needs older " + (op == Op.INSERT ? "absent" : "present")
                    + " and newer " + (op == Op.DELETE ? "absent" : "present"));
        }
        words = List.copyOf(words);
    }

    /** The block a reader of the newer version sees, or the deleted one. */
    public Block shown() {
        return newer != null ? newer : older;
    }

    public boolean isChange() {
        return op != Op.EQUAL;
    }
}
