package dev.trustcenter.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.testing.TestRepo;
import dev.trustcenter.testing.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history page's compare form reaches only diff pages the build wrote. */
class CompareFormTest {

    @TempDir
    Path tmp;

    private static String policy(String reviewed, String effective, String body) {
        return "---\ntitle: Security Policy\nlast_reviewed: " + reviewed + "\n"
                + (effective == null ? "" : "effective: " + effective + "\n") + "---\n" + body + "\n";
    }

    @Test
    void everyPairTheFormOffersHasAGeneratedDiffPage() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/security.md", policy("2017-06-18", null, "We encrypt data."));
        repo.commit("first", "2017-06-18T10:00:00Z");
        repo.write("content/security.md", policy("2017-09-12", null, "We encrypt all data."));
        repo.commit("Q3 review", "2017-09-12T10:00:00Z");
        repo.write("content/security.md", policy("2017-12-01", null, "We encrypt all data at rest."));
        repo.commit("Q4 review", "2017-12-01T10:00:00Z");
        repo.write("content/security.md", policy("2017-12-01", null, "We encrypt all data at rest and in transit."));
        repo.commit("unreviewed edit", "2017-12-20T10:00:00Z");
        repo.write("content/security.md", policy("2018-01-05", "2018-03-01", "We encrypt all data, always."));
        repo.commit("2018-Q1 review, effective in March", "2018-01-05T10:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2018-01-10");

        Document history = site.page("/security/history/");
        Element form = history.selectFirst("form.compare-form");
        String base = form.attr("data-compare-base");
        assertEquals("/security/compare/", base);
        Set<String> offered = new TreeSet<>();
        for (Element from : form.select("select[name=from] option")) {
            for (String to : from.attr("data-targets").split(" ")) {
                if (!to.isEmpty()) {
                    offered.add(base + from.val() + "..." + to + "/");
                }
            }
        }
        List<String> toValues = form.select("select[name=to] option").eachAttr("value");
        for (String url : offered) {
            assertTrue(site.exists(url), url + " is offered but was not generated");
            assertTrue(toValues.contains(url.substring(url.indexOf("...") + 3, url.length() - 1)));
        }
        // Reviews against the previous one and against the current text, and in force against upcoming.
        assertTrue(offered.contains("/security/compare/2017-q2...2017-q3/"));
        assertTrue(offered.contains("/security/compare/2017-q2...2018-q1/"));
        assertTrue(offered.contains("/security/compare/2017-q4...2018-q1/"));
        assertFalse(offered.contains("/security/compare/2017-q2...2017-q4/"), "no page for this pair, so not offered");
        String inForce = site.policy("security").get("inForce").get("revision").asText();
        assertTrue(offered.contains("/security/compare/" + inForce + "...2018-q1/"), offered.toString());

        List<String> links = history.select(".compare-links a").eachAttr("href");
        assertEquals(offered, new TreeSet<>(links), "without JavaScript the same pairs are links");
        assertEquals(links.size(), new TreeSet<>(links).size());
        Element selectedFrom = form.selectFirst("select[name=from] option[selected]");
        Element selectedTo = form.selectFirst("select[name=to] option[selected]");
        assertTrue(offered.contains(base + selectedFrom.val() + "..." + selectedTo.val() + "/"), "the preselected pair exists");
    }
}
