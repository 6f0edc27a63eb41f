package dev.trustcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.trustcenter.diag.Diagnostics;
import dev.trustcenter.diag.SourceException;
import org.junit.jupiter.api.Test;

class SiteSettingsTest {

    @Test
    void readsSiteSettingsAndIntroduction() {
        SiteSettings s = SiteSettings.parse("content/_index.md", """
                ---
                company: Northwind
                title: Northwind Trust Center
                base_url: https://trust.example.com
                contact: security@example.com
                review_cycle: semiannual
                theme_colour: teal
                ---
                Welcome.
                """, new Diagnostics());
        assertEquals("Northwind", s.company());
        assertEquals(6, s.defaultCycle().months());
        assertEquals("Welcome.\n", s.introMarkdown());
        assertEquals("teal", s.extra().get("theme_colour"));
    }

    @Test
    void aBaseUrlWithoutSchemeIsAnErrorAtItsLine() {
        SourceException e = assertThrows(SourceException.class, () -> SiteSettings.parse("content/_index.md", """
                ---
                title: Trust
                base_url: trust.example.com
                ---
                """, new Diagnostics()));
        assertEquals("content/_index.md:3:11", e.position().toString());
        assertEquals("base_url 'trust.example.com' is not an absolute http or https URL: write it like"
                + " https://trust.example.com/ or https://example.github.io/trust/", e.detail());
    }

    @Test
    void onlyAbsoluteHttpUrlsAreBaseUrls() {
        assertNull(SiteSettings.baseUrlProblem(""));
        assertNull(SiteSettings.baseUrlProblem("https://trust.example.com"));
        assertNull(SiteSettings.baseUrlProblem("http://localhost:8080/trust/"));
        for (String bad : new String[] {"trust.example.com", "/trust/", "ftp://example.com/", "https://", "https://x/?a=b",
                "https://exa mple.com/"}) {
            assertEquals(true, SiteSettings.baseUrlProblem(bad) != null, bad);
        }
    }
}
