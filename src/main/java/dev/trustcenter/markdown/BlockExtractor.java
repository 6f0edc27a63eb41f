package dev.trustcenter.markdown;

import dev.trustcenter.markdown.Block.Kind;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts a sanitised body into {@link Block}s. It walks the cleaned DOM (flexmark's AST rendered)
 * rather than the AST itself so that block texts partition the text of the final HTML exactly:
 * top-level elements that jsoup treats as blocks become blocks, runs of inline nodes between them
 * become one HTML block, lists and simple tables are split into items and rows. One instance per
 * body; not thread-safe.
 */
final class BlockExtractor {

    /**
     * Where groups and list items are put together to be printed: one per thread, as a document
     * per body was a tenth of what a chunk's blocks cost. Each use removes what it added.
     */
    private static final ThreadLocal<Document> SCRATCH = ThreadLocal.withInitial(() -> {
        Document scratch = Document.createShell("");
        scratch.outputSettings().prettyPrint(false);
        return scratch;
    });

    private final Document scratch = SCRATCH.get();
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder html = new StringBuilder();
    private final List<Node> inline = new ArrayList<>();
    private String section = "";

    static RenderedBody extract(Element body, List<Heading> headings) {
        BlockExtractor extractor = new BlockExtractor();
        for (Node node : body.childNodes()) {
            extractor.topLevel(node);
        }
        extractor.flushInline();
        return new RenderedBody(extractor.html.toString(), headings, extractor.blocks);
    }

    /** Whether {@code body} is empty or starts with an element and holds only block elements and blank text. */
    static boolean allBlocks(Element body) {
        List<Node> nodes = body.childNodes();
        return nodes.isEmpty() || nodes.get(0) instanceof Element
                && nodes.stream().allMatch(n -> n instanceof Element e ? e.isBlock() : isBlank(n));
    }

    private void topLevel(Node node) {
        if (node instanceof Element e && e.isBlock()) {
            flushInline();
            html.append(element(e));
        } else if (inline.isEmpty() && isBlank(node)) {
            html.append(node.outerHtml());
        } else {
            inline.add(node);
        }
    }

    /** Adds the blocks of one top-level element and returns its HTML for the whole body. */
    private String element(Element e) {
        String out = e.outerHtml();
        if (e.nameIs("ul") || e.nameIs("ol")) {
            list(e, 0);
        } else if (e.nameIs("table") && isSimpleTable(e)) {
            rows(e);
        } else {
            Kind kind = kindOf(e.normalName());
            if (kind == Kind.HEADING) {
                section = e.id();
            }
            // An empty paragraph or wrapper (left by raw HTML's layout tags) is no block, as line breaks alone are not.
            boolean empty = (kind == Kind.PARAGRAPH || kind == Kind.HTML) && onlyLineBreaks(e);
            if (!empty) {
                add(kind, 0, e.text(), out, List.of(), false);
            }
        }
        return out;
    }

    private static Kind kindOf(String tag) {
        return switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Kind.HEADING;
            case "p" -> Kind.PARAGRAPH;
            case "blockquote" -> Kind.BLOCK_QUOTE;
            case "pre" -> Kind.CODE;
            case "hr" -> Kind.THEMATIC_BREAK;
            default -> Kind.HTML;
        };
    }

    /** No text, and no element inside but line breaks. */
    private static boolean onlyLineBreaks(Element e) {
        return e.text().isBlank() && e.select("*").stream().allMatch(el -> el == e || el.nameIs("br"));
    }

    private void flushInline() {
        if (inline.isEmpty()) {
            return;
        }
        Element group = scratch.body().appendElement("div");
        StringBuilder out = new StringBuilder();
        for (Node node : inline) {
            out.append(node.outerHtml());
            group.appendChild(node.clone());
        }
        html.append(out);
        // Line breaks alone (a raw <BR> spacer) are no block: a diff showed their removal as an empty change.
        if (!onlyLineBreaks(group)) {
            add(Kind.HTML, 0, group.text(), out.toString(), List.of(), false);
        }
        group.remove();
        inline.clear();
    }

    private void list(Element list, int depth) {
        boolean ordered = list.nameIs("ol");
        int number = ordered ? start(list) : 0;
        for (Node child : list.childNodes()) {
            if (child instanceof Element li && li.nameIs("li")) {
                item(li, depth, ordered ? number++ : 0);
            } else if (!isBlank(child)) {
                listItem(List.of(child), depth, 0, true);
            }
        }
    }

    private static int start(Element ol) {
        try {
            return ol.hasAttr("start") ? Integer.parseInt(ol.attr("start").trim()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * An item's own content is one block; content after a nested list is a "continued" block. An
     * item with no content of its own before its nested list ("- 1.", a tab and text, makes a bullet holding a
     * numbered list) is no block: it has no text, and a diff showed it as an empty bullet struck out.
     */
    private void item(Element li, int depth, int value) {
        List<Node> run = new ArrayList<>();
        boolean first = true;
        for (Node child : li.childNodes()) {
            if (child instanceof Element e && (e.nameIs("ul") || e.nameIs("ol"))) {
                if (hasContent(run)) {
                    listItem(run, depth, value, !first);
                }
                first = false;
                run.clear();
                list(e, depth + 1);
            } else {
                run.add(child);
            }
        }
        if (first || hasContent(run)) {
            listItem(run, depth, value, !first);
        }
    }

    private void listItem(List<Node> content, int depth, int value, boolean continued) {
        Element li = scratch.body().appendElement("li");
        if (value > 0 && !continued) {
            li.attr("value", Integer.toString(value));
        }
        if (continued) {
            li.addClass("continued");
        }
        for (Node node : content) {
            li.appendChild(node.clone());
        }
        add(Kind.LIST_ITEM, depth, li.text(), li.outerHtml(), List.of(), false);
        li.remove();
    }

    private void rows(Element table) {
        for (Element part : table.children()) {
            for (Element tr : part.children()) {
                List<String> cells = tr.children().stream().map(Element::text).toList();
                add(Kind.TABLE_ROW, 0, tr.text(), tr.outerHtml(), cells, part.nameIs("thead"));
            }
        }
    }

    /** Only thead/tbody/tfoot › tr › td/th; anything else (a caption, say) keeps the table whole. */
    private static boolean isSimpleTable(Element table) {
        return onlyChildren(table, "thead", "tbody", "tfoot")
                && table.children().stream().allMatch(part -> onlyChildren(part, "tr")
                        && part.children().stream().allMatch(tr -> onlyChildren(tr, "td", "th")));
    }

    private static boolean onlyChildren(Element parent, String... names) {
        for (Node child : parent.childNodes()) {
            boolean allowed = child instanceof Element e ? List.of(names).contains(e.normalName()) : isBlank(child);
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private void add(Kind kind, int depth, String text, String blockHtml, List<String> cells, boolean header) {
        blocks.add(new Block(kind, depth, section, text, blockHtml, cells, header));
    }

    private static boolean hasContent(List<Node> nodes) {
        return nodes.stream().anyMatch(n -> !isBlank(n));
    }

    private static boolean isBlank(Node node) {
        return node instanceof TextNode t && t.isBlank();
    }
}
