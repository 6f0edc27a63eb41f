package dev.trustcenter.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.trustcenter.markdown.Block.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Element body(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown, LinkResolver.NONE).html()).body();
    }

    @Test
    void anchorsWrittenInTheTextKeepTheirIdUnlessSomethingElseOnThePageHasIt() {
        Element body = body("""
                ## <a name="fees"></a>4. Fees

                <a id="refunds"></a>Refunds within 30 days. <a name="main"></a><a name="4-fees"></a><a name="refunds"></a>\
                <a name="change-2"></a><a name="x onclick=alert(1)"></a><a id="vat" href="#fees">VAT</a>
                """);
        assertEquals("4-fees", body.selectFirst("h2").id());
        assertEquals(List.of("fees", "refunds", "vat"), body.select("[id]").stream().filter(e -> !e.nameIs("h2")).map(Element::id).toList(),
                "clashes with a heading, an earlier anchor, the page's own ids and change anchors lose their id: " + body.html());
        assertTrue(body.select("a[name]").isEmpty(), "name is obsolete; the id replaces it");
        assertEquals("#fees", body.selectFirst("a#vat").attr("href"));
    }

    @Test
    void scriptsEventHandlersAndJavascriptLinksAreRemovedWhileAbbreviationsSurvive() {
        Element body = body("""
                <script>alert(1)</script>

                <p onclick="steal()">Click <a href="javascript:alert(1)">here</a>
                <img src="x.png" onerror="alert(2)"> <abbr title="Multi-factor authentication">MFA</abbr>
                <iframe src="https://evil.example"></iframe><span style="color:red">red</span></p>

                [md link](javascript:alert(3))
                """);
        assertTrue(body.select("script, iframe").isEmpty());
        assertTrue(body.select("[onclick], [onerror], [style]").isEmpty());
        assertFalse(body.html().contains("javascript:"), body.html());
        assertEquals("Multi-factor authentication", body.selectFirst("abbr").attr("title"));
        assertEquals("x.png", body.selectFirst("img").attr("src"));
        assertTrue(body.text().contains("here"));
    }

    @Test
    void aSchemeAfterLeadingSpaceIsRecognisedBeforeLinksAreResolved() {
        LinkResolver relativeToPolicy = href -> href.contains(":") ? href : "/security/" + href;
        String html = new MarkdownRenderer().render("""
                <a href=" javascript:alert(1)">one</a> <a href="\tjavascript:alert(2)">two</a> <a href=" guide.md ">three</a>
                """, relativeToPolicy).html();
        Element body = org.jsoup.Jsoup.parseBodyFragment(html).body();
        assertFalse(body.html().contains("javascript"), body.html());
        assertEquals("/security/guide.md", body.select("a").get(2).attr("href"));
    }

    @Test
    void footnotesKeepTheirTextAndLinkBothWays() {
        Element body = body("""
                <sup id="fn-1">forged</sup> <li id="fnref-1">forged</li>

                We retain logs for 90 days[^logs], backups too[^logs].

                [^logs]: Except where law requires longer retention.

                <a class="evil" href="#x">raw</a> <div class="sr-only">y</div> <sup id="owned">z</sup>
                """);
        assertEquals(List.of("fnref-1", "fnref-1-1", "fn-1"), body.select("[id]").eachAttr("id"),
                "raw HTML cannot take a note's id, and a second reference keeps its own: " + body.html());
        assertEquals("#fnref-1-1", body.select("a.footnote-backref").last().attr("href"));
        // read as a link reference definition, the note vanished and [^logs] became a broken link
        assertEquals("Except where law requires longer retention.", body.selectFirst("div.footnotes li#fn-1 p").text());
        Element ref = body.selectFirst("p sup#fnref-1 > a.footnote-ref");
        assertEquals("#fn-1", ref.attr("href"));
        assertEquals("#fnref-1", body.selectFirst("li#fn-1 a.footnote-backref").attr("href"));
        assertEquals(List.of("footnote-ref", "footnote-ref", "footnotes", "footnote-backref", "footnote-backref"), body.select("[class]").eachAttr("class"),
                "a writer's own classes and ids on these elements are removed: " + body.html());
        assertTrue(body.select("sup#owned").isEmpty(), body.html());
    }

    @Test
    void allowedExtrasSurviveAndClassesOnlyWhereWeAddThem() {
        Element body = body("""
                <details open><summary>More</summary><mark>hi</mark> <del>a</del> <ins>b</ins> H<sub>2</sub>O x<sup>2</sup></details>

                <p class="sr-only" id="fake">text</p>

                ```java
                int x;
                ```

                <pre><code class="evil thing">y</code></pre>
                """);
        assertNotNull(body.selectFirst("details[open] > summary"));
        assertEquals(5, body.select("mark, del, ins, sub, sup").size());
        assertTrue(body.select("p[class], p[id]").isEmpty());
        assertEquals("language-java", body.select("code").get(0).attr("class"));
        assertFalse(body.select("code").get(1).hasAttr("class"));
    }

    @Test
    void relativeLinksArePreservedAndPassedThroughTheResolver() {
        List<String> seen = new ArrayList<>();
        RenderedBody rendered = renderer.render("""
                See [access control](security/access-control.md#mfa), [top](#scope), <a href="raw.md">raw</a>,
                [mail](mailto:security@example.com), https://example.com and ![diagram](img/net.png).
                """, href -> {
            seen.add(href);
            return href.replaceFirst("^(.*)\\.md(#.*)?$", "/$1/$2");
        });
        Element body = Jsoup.parseBodyFragment(rendered.html()).body();
        assertEquals(List.of("/security/access-control/#mfa", "#scope", "/raw/", "mailto:security@example.com",
                "https://example.com"), body.select("a").eachAttr("href"));
        assertEquals("img/net.png", body.selectFirst("img").attr("src"));
        assertEquals(6, seen.size(), seen.toString());
    }

    @Test
    void headingsGetGithubLikeIdsThatAreUniqueInTheBody() {
        RenderedBody rendered = renderer.render("""
                # Access Control & MFA!
                ## Scope
                ## Scope
                ## Scope 1
                ## ***
                ## Übersicht über_Dinge
                > ### Quoted
                """, LinkResolver.NONE);
        List<String> ids = rendered.headings().stream().map(Heading::id).toList();
        assertEquals(List.of("access-control--mfa", "scope", "scope-1", "scope-1-1", "section", "übersicht-überdinge",
                "quoted"), ids);
        assertEquals(ids.size(), new HashSet<>(ids).size());
        Element body = Jsoup.parseBodyFragment(rendered.html()).body();
        assertEquals(ids, body.select("h1, h2, h3, h4, h5, h6").eachAttr("id"));
        assertEquals(2, rendered.headings().get(1).level());
        assertEquals("Access Control & MFA!", rendered.headings().get(0).text());
    }

    @Test
    void headingIdsDependOnlyOnTheirTextAndOrder() {
        String first = renderer.render("# Purpose\n\nText.\n\n## Scope\n", LinkResolver.NONE).headings().get(1).id();
        String second = renderer.render("# Purpose\n\nOther text.\n\n## Scope\n", LinkResolver.NONE).headings().get(1).id();
        assertEquals(first, second);
    }

    @Test
    void blocksFollowDocumentOrderWithKindsDepthsAndSections() {
        RenderedBody rendered = renderer.render("""
                Intro.

                # Policy

                - one
                - two
                  1. two a
                  2. two b
                - three

                | Role | Access |
                |------|--------|
                | Admin | all |

                > Quoted **text**
                > - with a list

                ```
                code
                ```

                ---

                <div>raw html</div>
                """, LinkResolver.NONE);
        List<Block> blocks = rendered.blocks();
        assertEquals(List.of(Kind.PARAGRAPH, Kind.HEADING, Kind.LIST_ITEM, Kind.LIST_ITEM, Kind.LIST_ITEM, Kind.LIST_ITEM,
                Kind.LIST_ITEM, Kind.TABLE_ROW, Kind.TABLE_ROW, Kind.BLOCK_QUOTE, Kind.CODE, Kind.THEMATIC_BREAK, Kind.HTML),
                blocks.stream().map(Block::kind).toList());
        assertEquals("", blocks.get(0).sectionId());
        assertTrue(blocks.subList(1, blocks.size()).stream().allMatch(b -> b.sectionId().equals("policy")));
        assertEquals(List.of(0, 0, 1, 1, 0), blocks.subList(2, 7).stream().map(Block::depth).toList());
        assertEquals("two", blocks.get(3).text());
        assertEquals("<li value=\"1\">two a</li>", blocks.get(4).html());
        assertEquals("<li value=\"2\">two b</li>", blocks.get(5).html());
        assertEquals(List.of("Role", "Access"), blocks.get(7).cells());
        assertTrue(blocks.get(7).header());
        assertFalse(blocks.get(8).header());
        assertEquals(List.of("Admin", "all"), blocks.get(8).cells());
        assertEquals("Quoted text with a list", blocks.get(9).text());
        assertTrue(blocks.get(7).html().startsWith("<tr>"), blocks.get(7).html());
    }

    @Test
    void contentAfterANestedListIsAContinuedItemAtTheSameDepth() {
        List<Block> blocks = renderer.render("""
                - first

                  - nested

                  after
                - second
                """, LinkResolver.NONE).blocks();
        assertEquals(List.of("first", "nested", "after", "second"), blocks.stream().map(Block::text).toList());
        assertEquals(List.of(0, 1, 0, 0), blocks.stream().map(Block::depth).toList());
        assertTrue(blocks.get(2).html().startsWith("<li class=\"continued\">"));
    }

    @Test
    void blockTextsConcatenateToTheTextOfTheWholeBody() {
        for (String markdown : List.of(
                "# T\n\nA *b* c.\n\n- x\n  - y\n\n  z\n- w\n",
                "<span>a</span><span>b</span>\n\ntext <b>bold</b>\n\n<div>c</div>d",
                "| a | b |\n|---|---|\n| 1 | 2 |\n\n> q\n>\n> r\n\n    code\n     more\n",
                "Line one  \nline two\n\n1. x\n\n   y\n2. z\n")) {
            RenderedBody rendered = renderer.render(markdown, LinkResolver.NONE);
            String joined = String.join(" ", rendered.blocks().stream().map(Block::text).toList());
            assertEquals(normalized(rendered.text()), normalized(joined), markdown);
        }
    }

    @Test
    void blockHtmlIsTheSanitisedFragmentAsItAppearsInTheBody() {
        RenderedBody rendered = renderer.render("Para <b onclick=x>bold</b>.\n\n## Head\n\n| a |\n|---|\n| 1 |\n",
                LinkResolver.NONE);
        assertEquals("<p>Para <b>bold</b>.</p>", rendered.blocks().get(0).html());
        assertEquals("<h2 id=\"head\">Head</h2>", rendered.blocks().get(1).html());
        for (Block block : rendered.blocks()) {
            assertTrue(rendered.html().contains(block.html()), block.html());
        }
    }

    @Test
    void tablesStrikethroughAndAutolinksAreEnabled() {
        Element body = body("| a | b |\n|:--|--:|\n| 1 | 2 |\n\n~~old~~ see www.example.com\n");
        assertEquals(2, body.select("tr").size());
        assertEquals("right", body.select("td").get(1).attr("align"));
        assertEquals("old", body.selectFirst("del").text());
        assertNotNull(body.selectFirst("a[href*=example.com]"));
    }

    @Test
    void textRendersTheSameWithoutTheExtensionsItCannotTrigger() {
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create()));
        Parser parser = Parser.builder(options).build();
        HtmlRenderer html = HtmlRenderer.builder(options).build();
        String[] texts = {
                "Plain words. No links here: none at all.",
                "Write to security@example.com today.",
                "See https://example.com/policy and ftp://files.example.com.",
                "See www.example.com or WWW.EXAMPLE.COM or Www.Example.com.",
                "Not a link: www-example or www example or http:/half.",
                "| a | b |\n|---|---|\n| www.example.com | x@y.z |\n",
                "a | b\n--|--\n1 | 2\n",
                "Name  Value\n----  -----\nkeys  yearly\n\nTerm\n: not a table either\n",
        };
        for (String text : texts) {
            assertEquals(html.render(parser.parse(text)), renderer.html(text), text);
        }
        assertFalse(MarkdownRenderer.mayAutolink(texts[0]));
        assertFalse(MarkdownRenderer.mayAutolink("www-example, http:/half"));
        assertTrue(MarkdownRenderer.mayAutolink(texts[1]));
        assertTrue(MarkdownRenderer.mayAutolink(texts[2]));
        assertTrue(MarkdownRenderer.mayAutolink("WWW.EXAMPLE.COM"));
        assertTrue(renderer.html(texts[3]).contains("<a href=\"http://www.example.com\">"), renderer.html(texts[3]));
    }

    @Test
    void oneRendererGivesTheSameResultOnManyThreads() throws Exception {
        String markdown = "# A\n\n## A\n\nText with [link](x.md).\n\n- a\n  - b\n";
        RenderedBody expected = renderer.render(markdown, LinkResolver.NONE);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RenderedBody>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> renderer.render(markdown, LinkResolver.NONE)));
            }
            for (Future<RenderedBody> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEmptyBodyHasNoBlocks() {
        RenderedBody rendered = renderer.render("", LinkResolver.NONE);
        assertTrue(rendered.blocks().isEmpty());
        assertEquals("", rendered.text());
        assertTrue(Jsoup.parseBodyFragment(rendered.html()).body().children().isEmpty());
    }

    static String normalized(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ").trim();
    }
}
