package dev.trustcenter.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.trustcenter.testing.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, run in headless Chromium on the sample site's kinds of page, reports no serious or
 * critical violation.
 */
@Tag("browser")
class AccessibilityTest {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @TempDir
    static Path tmp;

    private static SampleInBrowser sample;
    private static TestSite site;
    private static SiteServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        sample = SampleInBrowser.start(tmp);
        site = sample.site();
        server = sample.server();
        browser = sample.browser();
    }

    @AfterAll
    static void stop() {
        if (sample != null) {
            sample.close();
        }
    }

    /** Each page in the light and the dark colour scheme: the theme has both. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/security-policy/", "/security-policy/2024-q1/", "/security-policy/history/",
            "/security-policy/compare/2024-q1...2026-q4/", "/security-policy/compare/2024-q1...2026-q4/side-by-side/",
            "/404.html"})
    void axeFindsNoSeriousOrCriticalViolation(String page) {
        assertTrue(site.exists(page), page + " was not generated");
        List<String> blocking = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            browser.get(server.url(page));
            Results results = new AxeBuilder().analyze(browser);
            assertFalse(results.isErrored(), results::getErrorMessage);
            assertFalse(results.getPasses().isEmpty(), "axe ran its rules");
            for (Rule rule : results.getViolations()) {
                for (CheckedNode node : rule.getNodes()) {
                    String line = scheme + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + "): "
                            + node.getTarget() + " " + node.getHtml();
                    if (BLOCKING.contains(rule.getImpact())) {
                        blocking.add(line);
                    } else {
                        System.out.println("axe, not blocking, " + page + " " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), blocking, () -> String.join("\n", blocking));
    }
}
