package dev.trustcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.trustcenter.diag.Diagnostics;
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
}
