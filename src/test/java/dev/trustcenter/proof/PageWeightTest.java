package dev.trustcenter.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pages stay light: no page of the sample site, with everything it loads (stylesheets, scripts,
 * images, fonts), weighs over 100 KB; linked PDFs are documents, not part of the page. And
 * nothing a page loads comes from outside the site.
 */
class PageWeightTest {

    private static final long LIMIT_BYTES = 100 * 1024;

    /** What makes a browser fetch something while showing the page (links to follow excluded). */
    private static final String LOADS = "link[rel~=(?i)\\b(stylesheet|icon|preload|modulepreload|manifest|prefetch)\\b][href],"
            + " script[src], img[src], img[srcset], source[src], source[srcset], video[src], video[poster], audio[src],"
            + " track[src], iframe[src], embed[src], object[data], input[type=image][src], image[href]";

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");

    private static TestSite site;

    @BeforeAll
    static void buildSample() {
        site = SampleSite.shared();
    }

    @Test
    void noPageWithWhatItLoadsWeighsOver100Kilobytes() throws IOException {
        List<String> heavy = new ArrayList<>();
        String heaviest = null;
        long heaviestBytes = 0;
        for (String page : SampleSite.pages(site)) {
            long bytes = Files.size(SampleSite.served(site, page));
            for (URI loaded : loads(site.page(page))) {
                Path file = SampleSite.served(site, loaded.getRawPath());
                if (file != null && !file.toString().toLowerCase().endsWith(".pdf")) {
                    bytes += Files.size(file);
                }
            }
            if (bytes > heaviestBytes) {
                heaviest = page;
                heaviestBytes = bytes;
            }
            if (bytes > LIMIT_BYTES) {
                heavy.add(page + ": " + bytes + " bytes");
            }
        }
        System.out.printf("Heaviest page with what it loads: %s, %d bytes%n", heaviest, heaviestBytes);
        assertEquals(List.of(), heavy, () -> "pages over " + LIMIT_BYTES + " bytes:\n" + String.join("\n", heavy));
    }

    @Test
    void nothingAPageLoadsComesFromOutsideTheSite() {
        List<String> outside = new ArrayList<>();
        int checked = 0;
        for (String page : SampleSite.pages(site)) {
            for (URI loaded : loads(site.page(page))) {
                checked++;
                if (!SampleSite.HOST.equals(loaded.getHost())) {
                    outside.add(page + " loads " + loaded);
                }
            }
        }
        assertTrue(checked >= 2 * SampleSite.pages(site).size(), "every page loads at least its stylesheet and script");
        assertEquals(List.of(), outside, () -> String.join("\n", outside));
    }

    /**
     * Absolute URLs of what a page loads: its elements' subresources, the {@code url()}s and
     * {@code @import}s of its inline styles and of the site's stylesheets it links.
     */
    private static Set<URI> loads(Document page) {
        Set<URI> urls = new LinkedHashSet<>();
        for (Element e : page.select(LOADS)) {
            for (String attr : List.of("href", "src", "data", "poster")) {
                if (e.hasAttr(attr)) {
                    urls.add(URI.create(e.absUrl(attr).replace(" ", "%20")));
                }
            }
            if (e.hasAttr("srcset")) {
                for (String candidate : e.attr("srcset").split(",")) {
                    urls.add(URI.create(page.baseUri()).resolve(candidate.trim().split("\\s+")[0]));
                }
            }
        }
        StringBuilder inlineCss = new StringBuilder();
        page.select("style").forEach(s -> inlineCss.append(s.data()));
        page.select("[style]").forEach(s -> inlineCss.append(s.attr("style")));
        Matcher m = CSS_URL.matcher(inlineCss);
        while (m.find()) {
            String url = m.group(1) != null ? m.group(1) : m.group(2);
            if (!url.startsWith("data:")) {
                urls.add(URI.create(page.baseUri()).resolve(url.replace(" ", "%20")));
            }
        }
        for (URI css : List.copyOf(urls)) {
            if (css.getPath() != null && css.getPath().endsWith(".css") && SampleSite.HOST.equals(css.getHost())) {
                Path file = SampleSite.served(site, css.getRawPath());
                Matcher inCss = CSS_URL.matcher(file == null ? "" : read(file));
                while (inCss.find()) {
                    String url = inCss.group(1) != null ? inCss.group(1) : inCss.group(2);
                    if (!url.startsWith("data:")) {
                        urls.add(css.resolve(url.replace(" ", "%20")));
                    }
                }
            }
        }
        return urls;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
