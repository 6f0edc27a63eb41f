package dev.trustcenter.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.testing.TestSite;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No broken internal link or anchor in the sample site: every {@code href} and {@code src} that
 * points into the site resolves to a generated file, and every {@code #fragment} to an id on the
 * page it names; so does every link of the Atom feeds and the sitemap.
 */
class InternalLinksTest {

    private static TestSite site;
    private static String baseHost;

    @BeforeAll
    static void buildSample() {
        site = SampleSite.shared();
        baseHost = URI.create(site.policiesJson().get("baseUrl").asText()).getHost();
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        Map<Path, Set<String>> idsByFile = new HashMap<>();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String page : SampleSite.pages(site)) {
            for (Element e : site.page(page).select("[href], [src]")) {
                String attr = e.hasAttr("href") ? "href" : "src";
                URI target = URI.create(e.absUrl(attr).replace(" ", "%20"));
                if (!isInternal(target)) {
                    continue;
                }
                checked++;
                String problem = problem(target, idsByFile);
                if (problem != null) {
                    broken.add(page + ": <" + e.tagName() + " " + attr + "=\"" + e.attr(attr) + "\"> " + problem);
                }
            }
        }
        assertTrue(checked > 1000, "the sample links a lot within itself; checked only " + checked);
        assertEquals(List.of(), broken, () -> broken.size() + " broken links:\n" + String.join("\n", broken));
    }

    @Test
    void everyLinkInTheFeedsAndTheSitemapResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> xmlFiles;
        try (Stream<Path> files = Files.walk(site.out())) {
            xmlFiles = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        int checked = 0;
        for (Path xml : xmlFiles) {
            Document doc = Jsoup.parse(Files.readString(xml), "", Parser.xmlParser());
            List<String> urls = new ArrayList<>();
            doc.select("link[href]").forEach(l -> urls.add(l.attr("href")));
            doc.select("loc").forEach(l -> urls.add(l.text()));
            for (String url : urls) {
                URI target = URI.create(url);
                assertTrue(isInternal(target), () -> xml + " links outside the site: " + url);
                checked++;
                String problem = problem(target, new HashMap<>());
                if (problem != null) {
                    broken.add(site.out().relativize(xml) + ": " + url + " " + problem);
                }
            }
        }
        assertTrue(xmlFiles.size() >= 3 && checked > 100, "feeds and the sitemap link every review; checked " + checked);
        assertEquals(List.of(), broken, () -> broken.size() + " broken links:\n" + String.join("\n", broken));
    }

    @Test
    void theCheckerSeesABrokenPathAndABrokenAnchor() {
        Map<Path, Set<String>> ids = new HashMap<>();
        assertEquals(null, problem(URI.create("http://site.test/security-policy/#encryption"), ids));
        assertEquals("has no file", problem(URI.create("http://site.test/security-policy/nope/"), ids));
        assertEquals("has no id 'nope'", problem(URI.create("http://site.test/security-policy/#nope"), ids));
    }

    /** Links into the site: relative and site-absolute ones, and absolute ones to the base URL. */
    private static boolean isInternal(URI target) {
        String host = target.getHost();
        return (target.getScheme().equals("http") || target.getScheme().equals("https"))
                && (SampleSite.HOST.equals(host) || baseHost.equals(host));
    }

    private static String problem(URI target, Map<Path, Set<String>> idsByFile) {
        Path file = SampleSite.served(site, target.getRawPath());
        if (file == null) {
            return "has no file";
        }
        String fragment = target.getFragment();
        if (fragment == null || fragment.isEmpty()) {
            return null;
        }
        if (!file.toString().endsWith(".html")) {
            return "points into a file that is not a page";
        }
        Set<String> ids = idsByFile.computeIfAbsent(file, InternalLinksTest::ids);
        return ids.contains(fragment) ? null : "has no id '" + fragment + "'";
    }

    private static Set<String> ids(Path file) {
        String sitePath = "/" + site.out().relativize(file).toString().replace('\\', '/');
        Document doc = Jsoup.parse(site.text(sitePath));
        return doc.select("[id]").stream().map(e -> e.id()).collect(Collectors.toSet());
    }
}
