package dev.trustcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void slugIsThePathWithoutExtensionLowerCasedAndMadeSafe() {
        assertEquals("security/access-control", Slugs.fromPath("security/access-control.md"));
        assertEquals("security/access-control", Slugs.fromPath("Security/Access Control.md"));
        assertEquals("privacy/donnees-personnelles", Slugs.fromPath("Privacy/Données_personnelles.md"));
        assertEquals("policy", Slugs.fromPath("___.md"));
    }
}
