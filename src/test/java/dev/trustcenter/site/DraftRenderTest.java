package dev.trustcenter.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.diag.Diagnostics;
import dev.trustcenter.diag.PhaseTimer;
import dev.trustcenter.testing.TestRepo;
import dev.trustcenter.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts of uncommitted files, rendered into memory for the preview; never by {@code build}. */
class DraftRenderTest {

    @TempDir
    Path tmp;

    private static String policy(String title, String reviewed, String body) {
        return "---\ntitle: " + title + "\nowner: Head of Security\n"
                + (reviewed == null ? "" : "last_reviewed: " + reviewed + "\n") + "---\n" + body + "\n";
    }

    private TestRepo twoPolicies() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/_index.md", "---\ntitle: Acme Trust Center\n---\nWelcome.\n");
        repo.write("content/security.md", policy("Security Policy", "2017-06-18", "## Encryption\n\nWe encrypt data at rest."));
        repo.write("content/privacy.md", policy("Privacy Notice", "2017-06-18", "We collect little."));
        repo.commit("first versions", "2017-06-18T10:00:00Z");
        repo.write("content/security.md", policy("Security Policy", "2017-09-12", "## Encryption\n\nWe encrypt all data at rest."));
        repo.commit("security: 2017-Q3 review", "2017-09-12T10:00:00Z");
        return repo;
    }

    private static BuildOptions options(Path repoDir, boolean drafts) {
        return new BuildOptions(repoDir, "content", null, repoDir.resolve("templates"), repoDir.resolve("site"), null,
                LocalDate.parse("2018-01-10"), Instant.parse("2018-01-10T00:00:00Z"), PdfMode.NONE, drafts);
    }

    private static RenderedSite render(Path repoDir, PolicyCache cache) {
        return new SiteBuild(new Diagnostics(), new PhaseTimer()).render(options(repoDir, true), cache);
    }

    private static Document page(RenderedSite site, String file) {
        byte[] html = site.files().get(file);
        assertNotNull(html, () -> file + " was not rendered; have " + site.files().keySet());
        return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    @Test
    void anUncommittedEditIsShownAsADraftWithItsDiffAgainstTheLastReview() {
        TestRepo repo = twoPolicies();
        repo.write("content/security.md", policy("Security Policy", "2017-12-01", "## Encryption\n\nWe encrypt all data at rest and in transit."));
        RenderedSite site = render(repo.dir(), new PolicyCache());

        Document draft = page(site, "security/draft/index.html");
        assertTrue(draft.selectFirst(".notice-draft").text().startsWith("Draft — not published."), draft.text());
        assertEquals("We encrypt all data at rest and in transit.", draft.selectFirst("article.policy-body p").text());
        assertTrue(draft.selectFirst(".notice-draft").text().contains("records a review"), "last_reviewed changed");
        Document diff = page(site, "security/draft/diff/index.html");
        assertEquals("and in transit", diff.select("article.policy-diff ins").text());
        assertNotNull(diff.selectFirst("a[href=/security/2017-q3/]"), "names the published version it compares with");
        assertNotNull(page(site, "security/draft/diff/side-by-side/index.html").selectFirst("article.policy-diff"));
        assertEquals("We encrypt all data at rest.", page(site, "security/index.html").selectFirst("article.policy-body p").text(),
                "the current page keeps the published text");
        assertEquals(List.of(new DraftLink("security", "Security Policy", "content/security.md", "/security/draft/",
                "/security/draft/diff/", "/security/", "/security/history/", false)), site.drafts());
        assertFalse(site.files().containsKey("privacy/draft/index.html"), "an untouched policy has no draft");
    }

    @Test
    void aNewFileIsADraftOfANewPolicyAndADeletedOneSaysItWillBeRetired() {
        TestRepo repo = twoPolicies();
        repo.write("content/vendors.md", policy("Vendor Management", null, "We vet vendors."));
        repo.delete("content/privacy.md");
        RenderedSite site = render(repo.dir(), new PolicyCache());

        DraftLink added = site.drafts().stream().filter(d -> d.slug().equals("vendors")).findFirst().orElseThrow();
        assertNull(added.currentUrl(), "nothing published yet");
        assertEquals("We vet vendors.", page(site, "vendors/draft/index.html").selectFirst("article.policy-body p").text());
        assertEquals("We vet vendors.", page(site, "vendors/draft/diff/index.html").select("article.policy-diff ins").text());
        assertFalse(site.files().containsKey("vendors/index.html"), "a draft is not a published policy");
        Document deleted = page(site, "privacy/draft/index.html");
        assertTrue(deleted.selectFirst(".notice-draft").text().contains("deleted"), deleted.text());
        assertTrue(site.files().containsKey("privacy/index.html"), "still published until the deletion is committed");
    }

    @Test
    void aDraftCanShowAnImageAddedWithIt() {
        TestRepo repo = twoPolicies();
        repo.write("content/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        repo.write("content/security.md", policy("Security Policy", "2017-09-12", "We encrypt data.\n\n![Network](diagram.svg)"));
        RenderedSite site = render(repo.dir(), new PolicyCache());
        assertNotNull(page(site, "security/draft/index.html").selectFirst("article.policy-body img[src=/diagram.svg]"));
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", new String(site.files().get("diagram.svg"), StandardCharsets.UTF_8));
    }

    @Test
    void aRebuildAfterAnEditReusesThePagesOfEveryCommittedPolicy() {
        TestRepo repo = twoPolicies();
        PolicyCache cache = new PolicyCache();
        RenderedSite first = render(repo.dir(), cache);
        assertEquals(2, first.policiesRendered());
        repo.write("content/security.md", policy("Security Policy", "2017-09-12", "## Encryption\n\nWe encrypt everything."));
        RenderedSite second = render(repo.dir(), cache);
        assertEquals(0, second.policiesRendered());
        assertEquals(2, second.policiesReused());
        assertEquals("We encrypt everything.", page(second, "security/draft/index.html").selectFirst("article.policy-body p").text());
        assertTrue(java.util.Arrays.equals(first.files().get("security/index.html"), second.files().get("security/index.html")));
    }

    @Test
    void aNewCommitOrAnEditedTemplateRendersThePoliciesAgain() throws IOException {
        TestRepo repo = twoPolicies();
        PolicyCache cache = new PolicyCache();
        render(repo.dir(), cache);
        repo.write("content/security.md", policy("Security Policy", "2017-09-12", "## Encryption\n\nWe encrypt everything."));
        repo.commit("security: simpler", "2017-10-01T10:00:00Z");
        RenderedSite afterCommit = render(repo.dir(), cache);
        assertEquals(2, afterCommit.policiesRendered(), "every page shows the built commit");
        assertEquals("We encrypt everything.", page(afterCommit, "security/index.html").selectFirst("article.policy-body p").text());
        assertTrue(new String(afterCommit.files().get("policies.json"), StandardCharsets.UTF_8).contains("security: simpler"),
                "site-wide pages follow the new commit too");

        Files.createDirectories(repo.dir().resolve("templates"));
        Files.writeString(repo.dir().resolve("templates/policy.ftlh"), "<p class=\"custom\">${page.title}</p>");
        RenderedSite afterTemplate = render(repo.dir(), cache);
        assertEquals(2, afterTemplate.policiesRendered());
        assertEquals("Security Policy", page(afterTemplate, "security/index.html").selectFirst("p.custom").text());
    }

    @Test
    void outsideGitAnEditedFileIsTheOnlyPolicyRenderedAgain() {
        Path folder = tmp.resolve("plain");
        writePlain(folder, "content/security.md", policy("Security Policy", null, "One."));
        writePlain(folder, "content/privacy.md", policy("Privacy Notice", null, "Two."));
        PolicyCache cache = new PolicyCache();
        render(folder, cache);
        writePlain(folder, "content/security.md", policy("Security Policy", null, "One, edited."));
        RenderedSite second = render(folder, cache);
        assertEquals(1, second.policiesRendered());
        assertEquals(1, second.policiesReused());
        assertEquals("One, edited.", page(second, "security/index.html").selectFirst("article.policy-body p").text());
        assertEquals(List.of(), second.drafts(), "outside git every file is published as it is");
    }

    @Test
    void buildNeverWritesDraftsOrPreviewScripts() throws IOException {
        TestRepo repo = twoPolicies();
        repo.write("content/security.md", policy("Security Policy", "2017-09-12", "## Encryption\n\nUnpublished words here."));
        repo.write("content/vendors.md", policy("Vendor Management", null, "We vet vendors."));
        repo.write("content/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2018-01-10");

        assertFalse(site.exists("/security/draft/"));
        assertFalse(site.exists("/vendors/draft/"));
        assertFalse(site.exists("/vendors/"));
        assertFalse(site.exists("/diagram.svg"), "uncommitted files are not published");
        try (Stream<Path> files = Files.walk(site.out())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("Unpublished words") || text.contains("/draft/") || text.contains("__trustcenter"),
                        () -> f + " carries draft or preview content");
            }
        }
        assertTrue(site.stderr.contains("uncommitted change"), site.stderr);
    }

    private static void writePlain(Path folder, String path, String text) {
        try {
            Files.createDirectories(folder.resolve(path).getParent());
            Files.writeString(folder.resolve(path), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
