package dev.trustcenter.proof;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven through the system's {@code chromedriver} (Debian's {@code chromium}
 * and {@code chromium-driver}); nothing is downloaded. Missing binaries fail the test with the
 * command that installs them: browser tests are skipped only on purpose, by their tag.
 */
final class Chromium {

    static final String INSTALL = "Browser tests need Chromium and its driver: install them with"
            + " 'sudo apt-get install chromium chromium-driver' (Debian/Ubuntu), or put 'chromium' and"
            + " 'chromedriver' on the PATH (or set CHROMIUM_BIN and CHROMEDRIVER_BIN). To skip the browser"
            + " tests, run: mvn -B verify -DexcludedGroups=browser,benchmark";

    private Chromium() {
    }

    /** A new headless browser; JavaScript is switched off when {@code javascript} is false. */
    static ChromeDriver start(Path userDataDir, boolean javascript) {
        Path browser = find("CHROMIUM_BIN", "chromium", "chromium-browser", "google-chrome")
                .orElseGet(() -> fail("No Chromium found. " + INSTALL));
        Path driver = find("CHROMEDRIVER_BIN", "chromedriver")
                .orElseGet(() -> fail("No chromedriver found. " + INSTALL));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        // No sandbox: CI runs as root. No background networking: the site is all a test may load.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + userDataDir);
        if (!javascript) {
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("profile.managed_default_content_settings.javascript", 2);
            options.setExperimentalOption("prefs", prefs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static Optional<Path> find(String variable, String... names) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable)
                    .or(() -> fail(variable + "=" + configured + " is not an executable file. " + INSTALL));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
