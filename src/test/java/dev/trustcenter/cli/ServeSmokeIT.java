package dev.trustcenter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Runs the real jar's {@code serve} on this repository's sample trust center and reads a page. */
class ServeSmokeIT {

    private static final Pattern URL = Pattern.compile("Serving (http://127\\.0\\.0\\.1:\\d+/)");

    @Test
    void servesTheSampleTrustCenterOnLoopbackAndStopsOnRequest() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/trustcenter.jar", "serve", "--port", "0", "--today", "2026-11-28");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String url = null;
            StringBuilder seen = new StringBuilder();
            while (url == null) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
                seen.append(line).append('\n');
                Matcher m = URL.matcher(line);
                url = m.find() ? m.group(1) : null;
            }
            assertNotNull(url, "no URL printed:\n" + seen);
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "security-policy/"))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            Document doc = Jsoup.parse(page.body());
            assertNotNull(doc.selectFirst("article.policy-body h2"), page.body());
            assertNotNull(doc.selectFirst("script[data-trustcenter-serve]"));
        } finally {
            p.destroy(); // SIGTERM: the same shutdown hook as Ctrl-C
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve did not stop");
        }
    }
}
