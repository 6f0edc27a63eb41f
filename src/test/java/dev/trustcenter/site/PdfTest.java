package dev.trustcenter.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.testing.TestRepo;
import dev.trustcenter.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Download PDF": stamped with the version on every page, made at build time, byte-stable. */
class PdfTest {

    private static final String Q1_PDF = "/security/2020-q1/security-2020-q1.pdf";
    private static final String Q2_PDF = "/security/2020-q2/security-2020-q2.pdf";

    @TempDir
    Path tmp;

    private TestRepo repo() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/_index.md", "---\ntitle: Acme Trust\nbase_url: https://trust.acme.test\n---\n");
        repo.write("content/security.md", "---\ntitle: Security Policy\nlast_reviewed: 2020-02-01\n---\n"
                + "## Encryption\n\nWe encrypt data at rest.\n");
        repo.commit("first", "2020-02-01T09:00:00Z");
        repo.write("content/security.md", "---\ntitle: Security Policy\nlast_reviewed: 2020-05-01\n---\n"
                + "## Encryption\n\nWe encrypt data at rest and in transit.\n\n![Network diagram](diagram.png)\n");
        repo.commit("review\n\nApproved-by: Dana Chief <dana@acme.test>", "2020-05-01T09:00:00Z");
        return repo;
    }

    @Test
    void currentVersionPdfCarriesTitleReviewDateCommitAndPageNumbers() throws IOException {
        TestSite site = TestSite.build(repo(), tmp.resolve("site"), "2020-06-01");
        String commit = site.policy("security").get("revisions").get(1).get("commit").asText();
        assertEquals(Q2_PDF, site.select("/security/", "a.pdf-link").attr("href"));
        assertEquals(Q2_PDF, site.select("/security/2020-q2/", "a.pdf-link").attr("href"), "the review it is");
        assertNull(site.page("/security/2020-q1/").selectFirst("a.pdf-link"), "older reviews have none by default");
        assertTrue(!site.exists(Q1_PDF));
        List<String> pages = pageTexts(site.file(Q2_PDF));
        assertEquals(1, pages.size());
        String text = pages.get(0);
        for (String expected : List.of("Security Policy", "Review 2020-Q2", "Reviewed 1 May 2020", "Dana Chief",
                commit, "Commit " + commit.substring(0, 12), "Page 1 of 1", "https://trust.acme.test/security/2020-q2/",
                "We encrypt data at rest and in transit.", "[Network diagram]")) {
            assertTrue(text.contains(expected), () -> "'" + expected + "' missing from:\n" + text);
        }
        try (PDDocument pdf = Loader.loadPDF(site.file(Q2_PDF).toFile())) {
            assertEquals("Security Policy", pdf.getDocumentInformation().getTitle());
            assertEquals(2020, pdf.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR),
                    "dated by the build, not the clock");
        }
    }

    @Test
    void everyPageOfALongPolicyIsStamped() throws IOException {
        TestRepo repo = repo();
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            body.append("## Section ").append(i).append("\n\n").append("Words about controls. ".repeat(40)).append("\n\n");
        }
        repo.write("content/security.md", "---\ntitle: Security Policy\nlast_reviewed: 2020-08-01\n---\n" + body);
        repo.commit("long review", "2020-08-01T09:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2020-09-01");
        List<String> pages = pageTexts(site.file("/security/2020-q3/security-2020-q3.pdf"));
        assertTrue(pages.size() > 3, "a long policy spans pages: " + pages.size());
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            assertTrue(page.contains("Security Policy · Review 2020-Q3 · Reviewed 1 Aug 2020"), page);
            assertTrue(page.contains("Page " + (i + 1) + " of " + pages.size()), page);
        }
    }

    @Test
    void theCurrentPagesPdfIsTheVersionInForceAndAnAnnouncedVersionHasItsOwn() throws IOException {
        TestRepo repo = repo();
        repo.write("content/security.md", "---\ntitle: Security Policy\nlast_reviewed: 2020-06-10\neffective: 2020-07-01\n---\n"
                + "## Encryption\n\nWe encrypt everything, everywhere.\n");
        repo.commit("announce", "2020-06-10T09:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2020-06-20");
        assertEquals(Q2_PDF, site.select("/security/", "a.pdf-link").attr("href"), "the version in force");
        String upcoming = "/security/2020-q2-2/security-2020-q2-2.pdf";
        assertEquals(upcoming, site.select("/security/2020-q2-2/", "a.pdf-link").attr("href"));
        assertTrue(pageTexts(site.file(upcoming)).get(0).contains("We encrypt everything, everywhere."));
        assertTrue(pageTexts(site.file(Q2_PDF)).get(0).contains("We encrypt data at rest and in transit."));
    }

    @Test
    void pdfAllMakesOneForEveryReviewAndTheirPagesLinkThem() {
        TestSite site = TestSite.build(repo(), tmp.resolve("site"), "2020-06-01", "--pdf", "all");
        assertEquals(List.of(Q1_PDF, Q2_PDF), pdfs(site));
        assertEquals(Q1_PDF, site.select("/security/2020-q1/", "a.pdf-link").attr("href"));
    }

    @Test
    void noPdfMakesNone() {
        TestSite site = TestSite.build(repo(), tmp.resolve("site"), "2020-06-01", "--no-pdf");
        assertEquals(List.of(), pdfs(site));
        assertNull(site.page("/security/").selectFirst("a.pdf-link"));
    }

    @Test
    void unknownOrContradictoryPdfChoicesAreErrors() {
        String repoDir = repo().dir().toString();
        TestSite site = TestSite.run(tmp.resolve("site"), "build", "--repo", repoDir,
                "--out", tmp.resolve("site").toString(), "--pdf", "some");
        assertEquals(1, site.exitCode);
        assertTrue(site.stderr.contains("--pdf 'some'") && site.stderr.contains("--pdf all"), site.stderr);
        TestSite both = TestSite.run(tmp.resolve("site"), "build", "--repo", repoDir,
                "--out", tmp.resolve("site").toString(), "--pdf", "all", "--no-pdf");
        assertEquals(1, both.exitCode);
        assertTrue(both.stderr.contains("contradict"), both.stderr);
    }

    @Test
    void twoBuildsGiveByteIdenticalPdfs() throws IOException {
        TestRepo repo = repo();
        TestSite first = TestSite.build(repo, tmp.resolve("a"), "2020-06-01", "--pdf", "all");
        TestSite second = TestSite.build(repo, tmp.resolve("b"), "2020-06-01", "--pdf", "all");
        for (String pdf : List.of(Q1_PDF, Q2_PDF)) {
            assertArrayEquals(Files.readAllBytes(first.file(pdf)), Files.readAllBytes(second.file(pdf)), pdf);
        }
    }

    @Test
    void textBeyondLatin1DoesNotBreakTheBuild() throws IOException {
        TestRepo repo = repo();
        repo.write("content/security.md", "---\ntitle: Güvenlik İlkesi\nlast_reviewed: 2020-08-01\n---\n"
                + "## Şifreleme\n\nVeriler şifrelenir. 数据已加密。 Ελληνικά — “quotes” and € sign.\n");
        repo.commit("translate", "2020-08-01T09:00:00Z");
        TestSite site = TestSite.build(repo, tmp.resolve("site"), "2020-09-01");
        String text = pageTexts(site.file("/security/2020-q3/security-2020-q3.pdf")).get(0);
        assertTrue(text.contains("Review 2020-Q3") && text.contains("Page 1 of 1"), text);
        assertTrue(text.contains("Güvenlik") && text.contains("“quotes”") && text.contains("€"),
                "Latin-1 and the standard fonts' extra characters survive: " + text);
    }

    private static List<String> pdfs(TestSite site) {
        try (Stream<Path> files = Files.walk(site.out())) {
            return files.filter(f -> f.toString().endsWith(".pdf")).map(f -> "/" + site.out().relativize(f)).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each page's text, in reading order (the stamp sits in the margins). */
    static List<String> pageTexts(Path pdf) throws IOException {
        assertTrue(Files.exists(pdf), () -> pdf + " was not generated");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            java.util.ArrayList<String> pages = new java.util.ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc).replaceAll("[ \\t]+", " "));
            }
            assertNotNull(pages);
            return pages;
        }
    }
}
