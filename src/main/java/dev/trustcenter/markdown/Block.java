package dev.trustcenter.markdown;

import java.util.List;
import java.util.Objects;

/**
 * One unit of a rendered body as the diff sees it. Blocks are flat and in document order; the
 * concatenation of their {@code text}s equals the text of the whole body, modulo whitespace.
 *
 * @param kind      what the block is
 * @param depth     list nesting for {@link Kind#LIST_ITEM} (0 at the top), else 0
 * @param sectionId id of the nearest preceding heading block (a heading's own id), or "" before any
 * @param text      plain text as jsoup's {@code Element.text()} gives it
 * @param html      sanitised HTML of this block alone: {@code <p>…</p>}, {@code <h2 id=…>…</h2>},
 *                  {@code <tr>…</tr>}; a list item is {@code <li>…</li>} without its nested lists, with
 *                  {@code value="N"} in an ordered list and {@code class="continued"} for content
 *                  that follows a nested list inside the same item
 * @param cells     plain text of each cell for {@link Kind#TABLE_ROW}, else empty
 * @param header    whether a {@link Kind#TABLE_ROW} is in the table head
 */
public record Block(Kind kind, int depth, String sectionId, String text, String html, List<String> cells,
                   boolean header) {

    public enum Kind { HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW, BLOCK_QUOTE, CODE, HTML, THEMATIC_BREAK }

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        cells = List.copyOf(cells);
    }
}
