package dev.trustcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The one reading of a relative link that both {@code build} and {@code check} use. */
class ContentLinksTest {

    @Test
    void relativeLinksResolveAgainstTheLinkingPolicysFolder() {
        assertEquals(new ContentLinks.Target("security-policy.md", "encryption", false),
                ContentLinks.resolve("security/access-control.md", "../security-policy.md#encryption"));
        assertEquals(new ContentLinks.Target("security/network diagram.svg", "", false),
                ContentLinks.resolve("security/access-control.md", "./network%20diagram.svg?v=2"));
    }

    @Test
    void aFragmentAloneStaysOnTheSamePage() {
        assertEquals(new ContentLinks.Target("security/access-control.md", "mfa", true),
                ContentLinks.resolve("security/access-control.md", "#mfa"));
    }

    @Test
    void absoluteAndOtherSchemesAreExternalAndClimbingOutIsOutside() {
        for (String href : new String[] {"https://example.com/a.md", "mailto:a@example.com", "/security-policy/", "//cdn.example/x"}) {
            assertEquals(ContentLinks.Kind.EXTERNAL, ContentLinks.kind("policy.md", href), href);
            assertNull(ContentLinks.resolve("policy.md", href), href);
        }
        assertEquals(ContentLinks.Kind.OUTSIDE, ContentLinks.kind("security/a.md", "../../README.md"));
        assertEquals(ContentLinks.Kind.CONTENT, ContentLinks.kind("security/a.md", "../README.md"));
    }
}
