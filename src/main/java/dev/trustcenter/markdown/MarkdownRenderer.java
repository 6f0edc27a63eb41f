package dev.trustcenter.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Renders Markdown (CommonMark plus GitHub tables, strikethrough, autolinks and footnotes) to sanitised HTML
 * with heading ids and blocks. The flexmark parser, renderer and the safelist are built once in
 * the constructor (R10); {@link #render} keeps all per-document state local and is thread-safe.
 */
public final class MarkdownRenderer {

    private static final String CUT = "<!--trustcenter-cut-->\n\n";
    private static final String CUT_HTML = Pattern.quote("<!--trustcenter-cut-->\n");
    /** Where {@link #piecesTogether} cuts the sanitised HTML of several chunks. */
    private static final String PIECE_CUT = "<div></div>";

    /** Bits of an index into {@link #parsers}: the extension's pass finds nothing in most texts. */
    private static final int AUTOLINKS = 1;
    private static final int TABLES = 2;
    private static final int FOOTNOTES = 4;

    /** One parser per set of the optional extensions, indexed by {@link #lean}. */
    private final Parser[] parsers = new Parser[8];
    /** With every extension. */
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    public MarkdownRenderer() {
        for (int i = 0; i < parsers.length; i++) {
            parsers[i] = Parser.builder(options((i & AUTOLINKS) != 0, (i & TABLES) != 0, (i & FOOTNOTES) != 0)).build();
        }
        parser = parsers[AUTOLINKS | TABLES | FOOTNOTES];
        renderer = HtmlRenderer.builder(options(true, true, true)).build();
    }

    private static MutableDataSet options(boolean autolinks, boolean tables, boolean footnotes) {
        List<Extension> extensions = new ArrayList<>();
        if (tables) {
            extensions.add(TablesExtension.create());
        }
        if (footnotes) {
            // GitHub renders [^1] footnotes; without them a definition read as a link reference
            // definition, and its text vanished from the policy
            extensions.add(FootnoteExtension.create());
        }
        extensions.add(StrikethroughExtension.create());
        if (autolinks) {
            extensions.add(AutolinkExtension.create());
        }
        return new MutableDataSet()
                .set(Parser.EXTENSIONS, extensions)
                // GitHub's table rules rather than flexmark's MultiMarkdown defaults
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                // CommonMark's <my file.md> destinations, which flexmark's older CommonMark refuses
                // otherwise; it also takes (my file.md), which GitHub shows as text
                .set(Parser.SPACE_IN_LINK_URLS, true);
    }

    /**
     * Renders one Markdown body.
     *
     * @param markdown the body without front matter
     * @param links    rewrites link and image targets; {@link LinkResolver#NONE} keeps them
     */
    public RenderedBody render(String markdown, LinkResolver links) {
        return render(markdown, links, null);
    }

    /**
     * Renders one Markdown body of one version, with its {@code {{ name }}} placeholders replaced.
     *
     * @param placeholders the version's values; null leaves placeholders as written
     */
    public RenderedBody render(String markdown, LinkResolver links, Placeholders placeholders) {
        return render(markdown, links, placeholders, null);
    }

    /**
     * As {@link #render(String, LinkResolver, Placeholders)}, taking flexmark's HTML of the chunks
     * this body shares with other versions from {@code chunks} (null renders the whole body).
     */
    public RenderedBody render(String markdown, LinkResolver links, Placeholders placeholders, ChunkCache chunks) {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(links, "links");
        String raw;
        if (placeholders != null && Placeholders.mayContain(markdown)) {
            Document parsed = parser.parse(markdown);
            String substituted = placeholders.substitute(markdown, parsed);
            raw = renderer.render(substituted.equals(markdown) ? parsed : parser.parse(substituted));
        } else if (chunks != null) {
            List<String> parts = chunks.chunksOf(markdown);
            RenderedBody joined = null;
            if (joinable(markdown, parts)) {
                renderTogether(chunks.unseen(parts), chunks);
                joined = chunks.join(parts, part -> piece(part, links, chunks));
            }
            if (joined != null) {
                return joined;
            }
            StringBuilder html = new StringBuilder(markdown.length() * 2);
            parts.forEach(chunk -> html.append(chunks.html(chunk, this::html)));
            raw = html.toString();
        } else {
            raw = html(markdown);
        }
        Element clean = sanitizer.clean(raw, links).body();
        return BlockExtractor.extract(clean, HeadingIds.assign(clean));
    }

    private ChunkCache.Piece piece(String chunk, LinkResolver links, ChunkCache chunks) {
        return piece(sanitizer.clean(chunks.html(chunk, this::html), links).body());
    }

    /** A chunk's sanitised body, made into blocks with heading ids as if it were the whole document. */
    private static ChunkCache.Piece piece(Element clean) {
        List<Heading> headings = HeadingIds.assign(clean);
        return new ChunkCache.Piece(BlockExtractor.extract(clean, headings), BlockExtractor.allBlocks(clean));
    }

    /**
     * Renders the chunks of all {@code markdowns} not yet in {@code chunks} in one flexmark call, and
     * sanitises them in one jsoup parse, as {@link #render} would one body's: a policy's versions
     * then cost one call of each between them rather than one each, whose fixed costs (flexmark
     * compiles its block parsers' patterns per document; jsoup sets up a parser and documents) are
     * most of what a version's few new chunks cost. Bodies that will not be cut are left alone.
     *
     * @param markdowns bodies that {@link #render} will be given with {@code links}, {@code chunks}
     *                  and no placeholders
     */
    public void prerender(Collection<String> markdowns, LinkResolver links, ChunkCache chunks) {
        Set<String> unseen = new LinkedHashSet<>();
        for (String markdown : markdowns) {
            List<String> parts = chunks.chunksOf(markdown);
            if (joinable(markdown, parts)) {
                unseen.addAll(chunks.unseen(parts));
            }
        }
        List<String> all = List.copyOf(unseen);
        renderTogether(all, chunks);
        piecesTogether(all, links, chunks);
    }

    /**
     * Adds the pieces of {@code unseen} chunks (see {@link #piece}) to {@code chunks}, sanitised
     * together: each chunk's HTML is followed by an empty {@code div}, which the Markdown of a
     * joinable body (no {@code <}) cannot make, and the clean body is cut there. Sanitising works
     * element by element, so each piece is what sanitising its chunk alone makes; when the cuts do
     * not all come out at the top level, the chunks are left to be sanitised one by one.
     */
    private void piecesTogether(List<String> unseen, LinkResolver links, ChunkCache chunks) {
        if (unseen.size() < 2) {
            return;
        }
        StringBuilder joined = new StringBuilder();
        for (String chunk : unseen) {
            joined.append(chunks.html(chunk, this::html)).append(PIECE_CUT);
        }
        Element body = sanitizer.clean(joined.toString(), links).body();
        List<List<Node>> parts = new ArrayList<>(unseen.size());
        List<Node> part = new ArrayList<>();
        for (Node node : body.childNodes()) {
            if (node instanceof Element e && e.nameIs("div") && e.attributesSize() == 0 && e.childNodeSize() == 0) {
                parts.add(part);
                part = new ArrayList<>();
            } else {
                part.add(node);
            }
        }
        if (parts.size() != unseen.size() || !part.isEmpty()) {
            return;
        }
        body.empty();
        for (int i = 0; i < unseen.size(); i++) {
            body.appendChildren(parts.get(i));
            chunks.addPiece(unseen.get(i), piece(body));
            body.empty();
        }
    }

    /** Adds flexmark's HTML of {@code unseen} chunks, made in one call, to {@code chunks}. */
    private void renderTogether(List<String> unseen, ChunkCache chunks) {
        List<String> html = unseen.size() > 1 ? htmlOfEach(unseen) : null;
        if (html != null) {
            chunks.add(unseen, html);
        }
    }

    /** Raw HTML left open in one chunk would swallow the next ones in the whole document. */
    private static boolean joinable(String markdown, List<String> parts) {
        return parts.size() > 1 && markdown.indexOf('<') < 0;
    }

    /**
     * flexmark's HTML of each chunk, from one call: its fixed cost is most of what a small chunk
     * costs. Only for chunks of documents without {@code <}: each is followed here by a blank line
     * and a line that starts an HTML block, as a chunk was followed by a line starting a block in
     * its document (or by the end of it, which a blank line does not change). Null when the marks
     * do not come out as expected, as when the last chunk leaves a fence open.
     */
    List<String> htmlOfEach(List<String> chunks) {
        StringBuilder joined = new StringBuilder();
        chunks.forEach(chunk -> joined.append(chunk).append(blankLineAfter(chunk)).append(CUT));
        String[] html = html(joined.toString()).split(CUT_HTML, -1);
        return html.length == chunks.size() + 1 && html[chunks.size()].isEmpty()
                ? List.of(html).subList(0, chunks.size()) : null;
    }

    /** What ends {@code chunk} with a blank line: nothing for chunks that were followed by another. */
    private static String blankLineAfter(String chunk) {
        if (!chunk.endsWith("\n")) {
            return "\n\n";
        }
        int lastLineEnd = chunk.length() - 1;
        int lastLineStart = chunk.lastIndexOf('\n', lastLineEnd - 1) + 1;
        return chunk.substring(lastLineStart, lastLineEnd).isBlank() && lastLineStart > 0 ? "" : "\n";
    }

    /** flexmark's HTML of a Markdown text, before sanitising. */
    String html(String markdown) {
        return renderer.render(parsers[lean(markdown)].parse(markdown));
    }

    /** Which extensions {@code markdown} needs: a table needs a {@code |} in its delimiter row, a footnote {@code [^}. */
    private static int lean(String markdown) {
        return (mayAutolink(markdown) ? AUTOLINKS : 0) | (markdown.indexOf('|') >= 0 ? TABLES : 0)
                | (markdown.contains("[^") ? FOOTNOTES : 0);
    }

    /**
     * Whether autolinking could find a link: it looks for a scheme's {@code ://}, an e-mail's
     * {@code @} and {@code www.}. Its pass over every text node is a fifth of the parse.
     */
    static boolean mayAutolink(String markdown) {
        if (markdown.contains("://") || markdown.indexOf('@') >= 0) {
            return true;
        }
        for (int at = markdown.indexOf('.'); at >= 0; at = markdown.indexOf('.', at + 1)) {
            if (at >= 3 && markdown.regionMatches(true, at - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** Every link and image target written in {@code markdown}, in document order, with its position. */
    public List<SourceLink> links(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        return LinkScanner.scan(markdown, parser.parse(markdown));
    }
}
