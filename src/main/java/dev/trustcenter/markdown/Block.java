package dev.trustcenter.markdown;

import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * One unit of a rendered body as the diff sees it. Blocks are flat and in document order; the
 * concatenation of their {@code text}s equals the text of the whole body, modulo whitespace.
 * Equality is by value, as for a record.
 */
public final class Block {

    // parsed once: a query string is parsed again on every call
    private static final Evaluator LIST_ITEM_TAG = QueryParser.parse("li");
    private static final Evaluator ROW_TAG = QueryParser.parse("tr");

    public enum Kind { HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW, BLOCK_QUOTE, CODE, HTML, THEMATIC_BREAK }

    private final Kind kind;
    private final int depth;
    private final String sectionId;
    private final String text;
    private final String html;
    private final List<String> cells;
    private final boolean header;
    /** A block is compared in many diffs (every review against the current text): parse it once. */
    private Element root;
    /** Blocks are hashed once per version that holds them (versions share block instances). */
    private int hash;

    /**
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
    public Block(Kind kind, int depth, String sectionId, String text, String html, List<String> cells, boolean header) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.depth = depth;
        this.sectionId = Objects.requireNonNull(sectionId, "sectionId");
        this.text = Objects.requireNonNull(text, "text");
        this.html = Objects.requireNonNull(html, "html");
        this.cells = List.copyOf(cells);
        this.header = header;
    }

    /** This block as it reads under another heading. */
    Block inSection(String section) {
        return new Block(kind, depth, section, text, html, cells, header);
    }

    public Kind kind() {
        return kind;
    }

    public int depth() {
        return depth;
    }

    public String sectionId() {
        return sectionId;
    }

    public String text() {
        return text;
    }

    public String html() {
        return html;
    }

    public List<String> cells() {
        return cells;
    }

    public boolean header() {
        return header;
    }

    /**
     * The block's root element ({@code <li>}, {@code <tr>}, {@code <p>} …), or for HTML blocks made
     * of several top-level nodes the {@code body} holding them. Parsed on first use and shared by
     * every caller: read it, never modify it. Not for use by several threads at once.
     */
    public Element root() {
        if (root == null) {
            root = switch (kind) {
                case LIST_ITEM -> parse("<ul>" + html + "</ul>").selectFirst(LIST_ITEM_TAG);
                case TABLE_ROW -> parse("<table><tbody>" + html + "</tbody></table>").selectFirst(ROW_TAG);
                default -> single(parse(html));
            };
        }
        return root;
    }

    private static Element parse(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        return doc.body();
    }

    private static Element single(Element body) {
        Element only = null;
        for (Node child : body.childNodes()) {
            if (child instanceof Element e && only == null) {
                only = e;
            } else if (!(child instanceof TextNode t && t.isBlank())) {
                return body;
            }
        }
        return only != null ? only : body;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Block b && kind == b.kind && depth == b.depth && header == b.header
                && sectionId.equals(b.sectionId) && text.equals(b.text) && html.equals(b.html) && cells.equals(b.cells);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Objects.hash(kind, depth, sectionId, text, html, cells, header);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return "Block[kind=" + kind + ", depth=" + depth + ", sectionId=" + sectionId + ", text=" + text + ", html="
                + html + ", cells=" + cells + ", header=" + header + "]";
    }
}
