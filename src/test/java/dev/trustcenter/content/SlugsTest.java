package dev.trustcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void slugIsThePathWithoutExtensionLowerCasedAndMadeSafe() {
        assertEquals("security/access-control", Slugs.fromPath("security/access-control.md"));
        assertEquals("security/access-control", Slugs.fromPath("Security/Access Control.md"));
        assertEquals("privacy/donnees-personnelles", Slugs.fromPath("Privacy/Données_personnelles.md"));
        assertEquals("policy", Slugs.fromPath("___.md"));
        // names without Latin letters stay apart, and their folder stays in the slug
        String security = Slugs.fromPath("情報セキュリティ.md");
        assertTrue(security.matches("p-[0-9a-f]{8}"), security);
        assertEquals(security, Slugs.fromPath("情報セキュリティ.md"), "the same name, the same slug");
        assertNotEquals(security, Slugs.fromPath("個人情報.md"));
        assertNotEquals(Slugs.fromPath("バ.md"), Slugs.fromPath("パ.md"), "marks make other names");
        assertNotEquals(Slugs.fromPath("नीति.md"), Slugs.fromPath("नाता.md"));
        assertEquals(Slugs.fromPath("規程.md").substring(0, 10) + "/access", Slugs.fromPath("規程/access.md"));
    }

    @Test
    void aSlugMustNotBeTheAddressOfTheSitesOrAnotherPolicysPages() {
        Set<String> others = Set.of("security", "team/access");
        assertEquals("the site's search page (/search/)", Slugs.takenAddress("search", others));
        assertEquals("the pages of policy 'security' (/security/history/)", Slugs.takenAddress("security/history", others));
        assertEquals("the pages of policy 'security' (/security/2025-q1/)", Slugs.takenAddress("security/2025-q1", others));
        assertEquals("the pages of policy 'security' (/security/2025-q1-2/)", Slugs.takenAddress("security/2025-q1-2/x", others));
        assertEquals("the pages of policy 'team/access' (/team/access/revisions/)",
                Slugs.takenAddress("team/access/revisions", others));
        assertNull(Slugs.takenAddress("security/access-control", others), "a folder beside a policy of its name is fine");
        assertNull(Slugs.takenAddress("security/2025-q5", others));
        assertNull(Slugs.takenAddress("privacy/history", others), "no policy 'privacy'");
        assertNull(Slugs.takenAddress("search-policy", others));
    }

    @Test
    void aContentFileMustNotBeAFileTheSiteWrites() {
        Set<String> slugs = Set.of("security");
        assertEquals("the site's own /feed.xml", Slugs.takenFile("feed.xml", slugs));
        assertEquals("the site's own /assets/style.css", Slugs.takenFile("assets/style.css", slugs));
        assertEquals("a page or file of policy 'security' (/security/index.html)", Slugs.takenFile("security/index.html", slugs));
        assertEquals("a page or file of policy 'security' (/security/2025-q1/index.html)",
                Slugs.takenFile("security/2025-q1/index.html", slugs));
        assertNull(Slugs.takenFile("security/diagram.svg", slugs));
        assertNull(Slugs.takenFile("assets/logo.svg", slugs));
        assertNull(Slugs.takenFile("privacy/index.html", slugs), "no policy 'privacy'");
    }
}
