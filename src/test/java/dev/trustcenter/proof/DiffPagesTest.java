package dev.trustcenter.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trustcenter.testing.TestSite;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The diff property on the published pages of the sample site, where a policy's diffs share their
 * block comparisons: every diff page, read without its {@code <del>}, is the newer version's page
 * text, and without its {@code <ins>} the older one's; so are the side-by-side columns.
 */
class DiffPagesTest {

    private static TestSite site;

    @BeforeAll
    static void buildSample() {
        site = SampleSite.shared();
    }

    @Test
    void everyDiffPageReadsAsItsTwoVersions() {
        int checked = 0;
        for (JsonNode policy : site.policiesJson().get("policies")) {
            Map<String, String> textById = new HashMap<>();
            for (JsonNode r : policy.get("revisions")) {
                textById.put(r.get("id").asText(), bodyText(r.get("url").asText()));
            }
            for (JsonNode d : policy.get("diffs")) {
                String url = d.get("url").asText();
                String older = textById.get(d.get("from").asText());
                String newer = textById.get(d.get("to").asText());
                assertEquals(newer, diffText(url, "del"), url + " without <del>");
                assertEquals(older, diffText(url, "ins"), url + " without <ins>");
                assertEquals(older, columnText(url + "side-by-side/", "diff-old"), url + " older column");
                assertEquals(newer, columnText(url + "side-by-side/", "diff-new"), url + " newer column");
                checked++;
            }
        }
        assertTrue(checked >= 20, "the sample publishes diffs: " + checked);
    }

    private static String bodyText(String url) {
        Element body = site.page(url).selectFirst("article.policy-body");
        body.select("a.permanent-link").remove();
        return normalized(body.text());
    }

    private static Element diffBody(String url) {
        Element body = site.page(url).selectFirst("article.policy-diff");
        body.select(".diff-nav, .sr-only").remove();
        return body;
    }

    private static String diffText(String url, String removed) {
        Element body = diffBody(url);
        body.select(removed).remove();
        return normalized(body.text());
    }

    private static String columnText(String url, String column) {
        return normalized(String.join(" ", diffBody(url).select("." + column).eachText()));
    }

    private static String normalized(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ").trim();
    }
}
