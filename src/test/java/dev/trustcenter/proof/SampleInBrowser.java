package dev.trustcenter.proof;

import dev.trustcenter.testing.TestSite;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;

/** The browser tests' fixture: the sample site built, served on loopback and a headless Chromium. */
record SampleInBrowser(TestSite site, SiteServer server, ChromeDriver browser) implements AutoCloseable {

    static SampleInBrowser start(Path tmp) {
        ChromeDriver browser = Chromium.start(tmp.resolve("profile"), true);
        try {
            TestSite site = SampleSite.shared();
            return new SampleInBrowser(site, SiteServer.start(site.out()), browser);
        } catch (RuntimeException | Error e) {
            browser.quit();
            throw e;
        }
    }

    @Override
    public void close() {
        browser.quit();
        server.close();
    }
}
