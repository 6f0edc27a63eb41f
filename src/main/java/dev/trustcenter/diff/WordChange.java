package dev.trustcenter.diff;

import java.util.Objects;

/**
 * A run of text inside a changed block.
 *
 * @param op   EQUAL, INSERT or DELETE (never CHANGE)
 * @param text the words, punctuation and whitespace of the run
 * @param cell the table cell the run belongs to (0-based) for table rows, else 0
 */
public record WordChange(DiffBlock.Op op, String text, int cell) {

    public WordChange {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(text, "text");
        if (op == DiffBlock.Op.CHANGE) {
            throw new IllegalArgumentException("a word run is equal, inserted or deleted, not " + op);
        }
    }
}
