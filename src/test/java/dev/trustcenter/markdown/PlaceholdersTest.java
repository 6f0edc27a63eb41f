package dev.trustcenter.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final List<String> unknown = new ArrayList<>();
    private final Placeholders values = new Placeholders(
            Map.of("next_review", "18 March 2018", "title", "Security <b>&</b> *Privacy* | 1. #"),
            (placeholder, name, line, column) -> unknown.add(placeholder + "@" + line + ":" + column));

    private Element body(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown, LinkResolver.NONE, values).html()).body();
    }

    @Test
    void replacesPlaceholdersInProseHeadingsListsAndTables() {
        Element body = body("""
                # {{title}} review

                Next review: **{{ next_review }}**.

                - due {{ next_review }}

                | policy | next |
                |---|---|
                | x | {{ next_review }} |
                """);
        assertEquals("Security <b>&</b> *Privacy* | 1. # review", body.selectFirst("h1").text());
        assertEquals("Next review: 18 March 2018.", body.selectFirst("p").text());
        assertEquals("18 March 2018", body.selectFirst("strong").text());
        assertEquals("due 18 March 2018", body.selectFirst("li").text());
        assertEquals("18 March 2018", body.select("td").get(1).text());
        assertTrue(unknown.isEmpty(), unknown.toString());
    }

    @Test
    void valuesAreLiteralTextNeverMarkupOrHtml() {
        Element body = body("{{ title }}\n");
        assertTrue(body.select("b, em, ol, h1, table").isEmpty(), body.html());
        assertEquals("Security <b>&</b> *Privacy* | 1. #", body.text());
        assertEquals("Security &lt;b&gt;&amp;&lt;/b&gt; *Privacy* | 1. #", body.selectFirst("p").html());
    }

    @Test
    void codeSpansCodeBlocksRawHtmlAndEscapedBracesStayLiteral() {
        Element body = body("""
                Write `{{ next_review }}` in the text, or \\{{ next_review }}.

                ```
                {{ next_review }}
                ```

                    {{ next_review }}

                <div>{{ next_review }}</div>
                """);
        assertEquals("{{ next_review }}", body.selectFirst("p code").text());
        assertEquals("Write {{ next_review }} in the text, or {{ next_review }}.", body.selectFirst("p").text());
        assertEquals(List.of("{{ next_review }}", "{{ next_review }}"), body.select("pre code").eachText());
        assertEquals("{{ next_review }}", body.selectFirst("div").text());
        assertTrue(unknown.isEmpty(), "literal placeholders are not checked: " + unknown);
    }

    @Test
    void unknownPlaceholdersAreReportedWithLineAndColumnAndLeftAsWritten() {
        Element body = body("Intro.\r\n\r\nOur é {{ owner }} and {{next_reviews}}.\r\n\r\n`{{ owner }}`\r\n");
        assertEquals(List.of("{{ owner }}@3:7", "{{next_reviews}}@3:23"), unknown);
        assertEquals("Our é {{ owner }} and {{next_reviews}}.", body.select("p").get(1).text());
    }

    @Test
    void checkingReportsOnlyUnknownNamesWithTheBuildsMessage() {
        List<String> found = new ArrayList<>();
        renderer.render("{{ title }} {{ next_review }} {{ owner }}", LinkResolver.NONE,
                Placeholders.checking((placeholder, name, line, column) -> found.add(Placeholders.unknownMessage(placeholder))));
        assertEquals(List.of("unknown placeholder {{ owner }} (known: {{ last_reviewed }}, {{ next_review }},"
                + " {{ review_label }}, {{ title }}; write \\{{ or a code span to show braces)"), found);
    }

    @Test
    void withoutValuesPlaceholdersStayAsWritten() {
        String html = renderer.render("Next {{ next_review }}.", LinkResolver.NONE).html();
        assertEquals("<p>Next {{ next_review }}.</p>", html.strip());
    }
}
