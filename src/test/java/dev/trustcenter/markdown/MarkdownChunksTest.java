package dev.trustcenter.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

class MarkdownChunksTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    /** Lines of every kind that can reach across a blank line, or end something that does. */
    private static final List<String> LINES = List.of("", "", "", "", "Para text *em* and `code`.", "More words here",
            "# Heading", "## Sub", "Setext", "===", "---", "- item", "- other item", "* star item", "+ plus item",
            "1. one", "2. two", "3) paren", "  - nested", "  continued item text", "    indented code",
            "      deeper", "\tTabbed", "```", "```js", "~~~", "````", "  ```", "    ```", "> quote", "> > nested quote",
            ">", "| a | b |", "|---|---|", "| 1 | 2 |", "* * *", "Term  ", "text with trailing \\", "10. ten",
            "-", "1.", "<div>", "</div>", "<!-- note -->", "[ref]: https://example.com", "[ref] used",
            "https://example.com and www.example.com", "a@example.com", "  > indented quote", " 1. spaced",
            "[a policy](other.md#part), [bad](javascript:alert(1)) and ![a picture](pic.png)");

    /** Rewrites links as a site does, so that pieces sanitised together are seen to resolve their own. */
    private static final LinkResolver LINKS = href -> href.contains(".md") ? "/policies/" + href : href;

    /** The lines that do not keep a whole document from being cut. */
    private static final List<String> CUTTABLE_LINES = LINES.stream()
            .filter(l -> !l.trim().startsWith("<") && !l.contains("]:") && !l.matches("[ \\t]+(```|~~~).*")).toList();

    @Property(tries = 5000)
    void chunksRenderAsTheWholeDocument(@ForAll("documents") String markdown) {
        assertSameHtml(markdown);
    }

    @Property(tries = 5000)
    void cuttableDocumentsRenderAsTheWhole(@ForAll("cuttableDocuments") String markdown) {
        assertSameHtml(markdown);
    }

    @Property(tries = 3000)
    void chunksRenderedTogetherAreEachAsRenderedAlone(@ForAll("blockDocuments") String markdown) {
        assertRenderedTogetherAsAlone(markdown);
    }

    /** Line soups end their last chunk in every way: open fences, lists, tables, trailing spaces. */
    @Property(tries = 3000)
    void lastChunksRenderedTogetherAreAsRenderedAlone(@ForAll("cuttableDocuments") String markdown) {
        assertRenderedTogetherAsAlone(markdown);
    }

    private static void assertRenderedTogetherAsAlone(String markdown) {
        List<String> chunks = MarkdownChunks.split(markdown);
        Assume.that(markdown.indexOf('<') < 0);
        List<String> together = RENDERER.htmlOfEach(chunks);
        Statistics.collect(together == null ? "marks lost" : "rendered together");
        if (together != null) {
            assertEquals(chunks.stream().map(RENDERER::html).toList(), together, () -> "chunks " + chunks);
        }
    }

    /** Versions share a cache, and their chunks sit under other headings than when first seen. */
    @Property(tries = 2000)
    void bodiesJoinedFromChunksAreTheWholeDocumentsBodies(@ForAll("cuttableDocuments") String a,
                                                          @ForAll("blockDocuments") String b) {
        ChunkCache cache = new ChunkCache();
        for (String markdown : List.of(a + "\n" + b, b + "\n\n# Heading\n\n" + a, b, a)) {
            assertEquals(RENDERER.render(markdown, LinkResolver.NONE), RENDERER.render(markdown, LinkResolver.NONE, null, cache),
                    () -> "chunks " + MarkdownChunks.split(markdown) + " of\n" + markdown);
        }
    }

    /** A policy's versions are rendered in one flexmark call and sanitised in one parse first; each body is as if rendered alone. */
    @Property(tries = 1000)
    void bodiesOfVersionsPrerenderedTogetherAreTheWholeDocumentsBodies(@ForAll("cuttableDocuments") String a,
                                                                      @ForAll("blockDocuments") String b,
                                                                      @ForAll("documents") String c) {
        ChunkCache cache = new ChunkCache();
        List<String> versions = List.of(b + "\n\n" + a, b + "\n" + c, b + "\n\n# Heading\n\n" + b, b);
        RENDERER.prerender(versions, LINKS, cache);
        Statistics.collect(versions.stream().filter(v -> v.indexOf('<') < 0)
                .allMatch(v -> cache.unseen(MarkdownChunks.split(v)).size() <= 1)
                ? "prerendered" : "some rendered with their version");
        Statistics.label("pieces").collect(versions.stream().filter(v -> v.indexOf('<') < 0)
                .allMatch(v -> MarkdownChunks.split(v).stream().allMatch(cache::hasPiece))
                ? "sanitised together" : "some sanitised alone");
        for (String markdown : versions) {
            assertEquals(RENDERER.render(markdown, LINKS), RENDERER.render(markdown, LINKS, null, cache),
                    () -> "chunks " + MarkdownChunks.split(markdown) + " of\n" + markdown);
        }
    }

    private static void assertSameHtml(String markdown) {
        List<String> chunks = MarkdownChunks.split(markdown);
        Statistics.collect(chunks.size() > 1 ? "cut" : "whole");
        assertEquals(markdown, String.join("", chunks));
        assertEquals(RENDERER.html(markdown), String.join("", chunks.stream().map(RENDERER::html).toList()),
                () -> "chunks " + chunks + " of\n" + markdown);
    }

    @Provide
    Arbitrary<String> documents() {
        return document(LINES);
    }

    @Provide
    Arbitrary<String> cuttableDocuments() {
        return document(CUTTABLE_LINES);
    }

    /** Runs of lines without {@code <} between blank lines: documents with many cuts. */
    @Provide
    Arbitrary<String> blockDocuments() {
        List<String> lines = CUTTABLE_LINES.stream().filter(l -> !l.contains("<")).toList();
        Arbitrary<String> run = Arbitraries.of(lines).list().ofMinSize(1).ofMaxSize(4).map(ls -> String.join("\n", ls));
        return Combinators.combine(run.list().ofMinSize(3).ofMaxSize(10), Arbitraries.of("\n", "\r\n"))
                .as((runs, end) -> String.join("\n\n", runs).replace("\n", end) + end);
    }

    /** Lines joined with Unix or Windows line ends, with or without a last one. */
    private static Arbitrary<String> document(List<String> lines) {
        return Combinators.combine(Arbitraries.of(lines).list().ofMaxSize(30), Arbitraries.of("\n", "\r\n"),
                Arbitraries.of(true, false)).as((ls, end, last) -> String.join(end, ls) + (last ? end : ""));
    }

    @Test
    void cutsBetweenIndependentBlocksOnly() {
        assertEquals(List.of("# Title\n\n", "Text.\n\n- a\n\n- b\n\n", "Text after.\n"),
                MarkdownChunks.split("# Title\n\nText.\n\n- a\n\n- b\n\nText after.\n"));
        assertEquals(List.of("```\ncode\n\nstill code\n```\n\n", "After.\n"),
                MarkdownChunks.split("```\ncode\n\nstill code\n```\n\nAfter.\n"));
        assertEquals(1, MarkdownChunks.split("[a]: x\n\nText [a].\n").size(), "reference definitions reach everywhere");
        assertEquals(1, MarkdownChunks.split("<div>\n\nText\n</div>\n").size(), "HTML blocks may span blank lines");
    }
}
