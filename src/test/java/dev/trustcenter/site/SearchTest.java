package dev.trustcenter.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustcenter.testing.TestRepo;
import dev.trustcenter.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search: a static index of the current policies' sections, a search page, a search box on every page. */
class SearchTest {

    @TempDir
    Path tmp;

    private TestRepo repo() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/_index.md", "---\ntitle: Acme Trust\n---\nWelcome.\n");
        repo.write("content/security.md", "---\ntitle: Security Policy\nlast_reviewed: 2020-02-01\n---\n"
                + "We protect data.\n\n## Encryption\n\nWe use quantum-safe ciphers.\n\n### Keys\n\n- Rotated yearly.\n- Kept in an HSM.\n");
        repo.write("content/vpn.md", "---\ntitle: VPN Policy\nlast_reviewed: 2020-02-01\n---\n## Tunnels\n\nWireguard only.\n");
        repo.commit("first", "2020-02-01T09:00:00Z");
        repo.write("content/security.md", "---\ntitle: Security Policy\nlast_reviewed: 2020-05-01\n---\n"
                + "We protect data.\n\n## Encryption\n\nWe use post-quantum ciphers.\n\n### Keys\n\n- Rotated yearly.\n- Kept in an HSM.\n");
        repo.delete("content/vpn.md");
        repo.commit("review; retire the VPN policy", "2020-05-01T09:00:00Z");
        return repo;
    }

    private static JsonNode index(TestSite site) throws IOException {
        return new ObjectMapper().readTree(site.file("/search-index.json").toFile());
    }

    @Test
    void indexHoldsOneDocumentPerSectionOfEachCurrentPolicy() throws IOException {
        TestSite site = TestSite.build(repo(), tmp.resolve("site"), "2020-06-01");
        List<String> sections = new ArrayList<>();
        for (JsonNode d : index(site).get("documents")) {
            sections.add(d.get("policy").asText() + " | " + d.get("section").asText(null) + " | " + d.get("url").asText()
                    + " | " + d.get("text").asText());
        }
        assertEquals(List.of(
                "Security Policy | null | /security/ | We protect data.",
                "Security Policy | Encryption | /security/#encryption | We use post-quantum ciphers.",
                "Security Policy | Keys | /security/#keys | Rotated yearly. Kept in an HSM."), sections,
                "current text only, retired policies left out");
    }

    @Test
    void indexSearchesTheTextInForceNotAnAnnouncedVersion() throws IOException {
        TestRepo repo = repo();
        repo.write("content/security.md", "---\ntitle: Security Policy\nlast_reviewed: 2020-06-10\neffective: 2020-07-01\n---\n"
                + "## Ciphers\n\nLattice-based only.\n");
        repo.commit("announce", "2020-06-10T09:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2020-06-20", "--no-pdf");
        String json = Files.readString(site.file("/search-index.json"));
        assertTrue(json.contains("post-quantum") && !json.contains("Lattice"), json);
    }

    @Test
    void everyIndexedUrlResolvesToAnIdOnItsPage() throws IOException {
        TestSite site = TestSite.build(repo(), tmp.resolve("site"), "2020-06-01");
        for (JsonNode d : index(site).get("documents")) {
            String url = d.get("url").asText();
            int hash = url.indexOf('#');
            Document page = site.page(hash < 0 ? url : url.substring(0, hash));
            if (hash >= 0) {
                Element target = page.getElementById(url.substring(hash + 1));
                assertNotNull(target, url);
                assertEquals(d.get("section").asText(), target.text(), "the anchor is the section's heading");
            }
            assertTrue(page.selectFirst("article.policy-body").text().contains(d.get("text").asText().split("\\. ")[0]),
                    "the section's text is on the page it links: " + url);
        }
    }

    @Test
    void searchPageWorksAsAPageAndLoadsLunrOnlyThere() {
        TestSite site = TestSite.build(repo(), tmp.resolve("site"), "2020-06-01");
        Document search = site.page("/search/");
        Element form = search.selectFirst("main form.search-form");
        assertEquals("/search/", form.attr("action"));
        assertEquals("get", form.attr("method"));
        assertNotNull(form.selectFirst("input[name=q]"));
        assertEquals("/search-index.json", form.attr("data-search-index"));
        Element noscript = search.selectFirst("noscript");
        assertTrue(noscript.html().contains("needs JavaScript") && noscript.html().contains("href=\"/#policies\""),
                noscript.html());
        List<String> scripts = search.select("script[src]").eachAttr("src");
        assertEquals(List.of("/assets/site.js", "/assets/lunr.min.js", "/assets/search.js"), scripts);
        for (String page : List.of("/", "/security/", "/security/history/", "/security/2020-q1/")) {
            Document d = site.page(page);
            assertNull(d.selectFirst("script[src*=lunr]"), "no lunr on " + page);
            Element box = d.selectFirst("header form.site-search");
            assertEquals("/search/", box.attr("action"), page);
            assertNotNull(box.selectFirst("input[name=q]"), page);
        }
    }

    @Test
    void lunrComesFromItsWebJarAndTheSearchPageStaysLight() throws IOException {
        TestSite site = TestSite.build(repo(), tmp.resolve("site"), "2020-06-01");
        byte[] lunr = Files.readAllBytes(site.file("/assets/lunr.min.js"));
        try (var in = getClass().getResourceAsStream("/META-INF/resources/webjars/lunr/2.3.9/lunr.min.js")) {
            assertArrayEquals(in.readAllBytes(), lunr);
        }
        long total = 0;
        for (String f : List.of("/search/", "/assets/style.css", "/assets/site.js", "/assets/lunr.min.js",
                "/assets/search.js", "/search-index.json")) {
            total += Files.size(site.file(f));
        }
        assertTrue(total < 100_000, "search page with its scripts and index: " + total + " bytes");
    }

    @Test
    void indexIsByteStable() throws IOException {
        TestRepo repo = repo();
        TestSite a = TestSite.build(repo, tmp.resolve("a"), "2020-06-01", "--no-pdf");
        TestSite b = TestSite.build(repo, tmp.resolve("b"), "2020-06-01", "--no-pdf");
        assertArrayEquals(Files.readAllBytes(a.file("/search-index.json")), Files.readAllBytes(b.file("/search-index.json")));
    }

    @Test
    void aPolicyWithTheSearchPagesSlugIsRefusedByName() {
        TestRepo repo = repo();
        repo.write("content/search.md", "---\ntitle: Search\n---\nText.\n");
        repo.commit("collide", "2020-05-02T09:00:00Z");
        TestSite site = TestSite.run(tmp.resolve("site"), "build", "--repo", repo.dir().toString(),
                "--out", tmp.resolve("site").toString(), "--today", "2020-06-01", "--no-pdf");
        assertEquals(1, site.exitCode);
        assertTrue(site.stderr.contains("content/search.md:1: error: policy slug 'search' is the address of the site's"
                + " search page (/search/)"), site.stderr);
    }
}
