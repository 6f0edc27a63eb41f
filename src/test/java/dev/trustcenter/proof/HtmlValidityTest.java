package dev.trustcenter.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.testing.TestSite;
import dev.trustcenter.testing.TestRepo;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Every page of the sample site, and the theme's stylesheet, pass the Nu Html Checker with zero errors. */
class HtmlValidityTest {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    @TempDir
    static Path tmp;

    private static TestSite site;

    @BeforeAll
    static void buildSample() {
        site = SampleSite.shared();
    }

    /** Keeps errors, ignores warnings and the checker's informational messages. */
    private static final class Errors implements ErrorHandler {
        final List<String> found = new ArrayList<>();
        String page;

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            found.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    private static SimpleDocumentValidator checker(Errors errors) throws Exception {
        // No log4j set-up, no language detection (its hints are warnings, and slow to load).
        SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, errors);
        validator.setUpValidatorAndParsers(errors, false, false);
        return validator;
    }

    @Test
    void theCheckerReportsTheErrorsOfABrokenPage() throws Exception {
        Errors errors = new Errors();
        errors.page = "broken";
        String broken = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
                + "<body><ul><p>not a list item</p></ul><a href=\"/x\" id=\"a\">a</a><b id=\"a\">b</b></body></html>";
        InputSource source = new InputSource(new StringReader(broken));
        source.setSystemId("broken.html");
        checker(errors).checkHtmlInputSource(source);
        assertEquals(2, errors.found.size(), () -> String.join("\n", errors.found));
    }

    /**
     * Diff pages of edits the sample does not make: tables, nested lists, quotes, code, raw HTML,
     * headings inside list items (the saved diff regressions), each a policy with two reviews.
     */
    @Test
    void diffPagesOfTrickyEditsAreValidHtml() throws Exception {
        TestRepo repo = TestRepo.init(tmp.resolve("tricky"));
        repo.write("content/_index.md", "---\ntitle: Tricky\n---\nDiffs.\n");
        List<Path> pairs = DiffRegressionPairs.all();
        pairs.forEach(pair -> repo.write("content/" + pair.getFileName() + ".md", review("2024-01-10", read(pair.resolve("old.md")))));
        repo.write("content/structures.md", review("2024-01-10", STRUCTURES_BEFORE));
        repo.commit("first versions", "2024-01-10T10:00:00Z");
        pairs.forEach(pair -> repo.write("content/" + pair.getFileName() + ".md", review("2024-04-10", read(pair.resolve("new.md")))));
        repo.write("content/structures.md", review("2024-04-10", STRUCTURES_AFTER));
        repo.commit("second versions", "2024-04-10T10:00:00Z");
        TestSite tricky = TestSite.build(repo, tmp.resolve("tricky-site"), "2024-05-01");
        List<String> diffPages = SampleSite.pages(tricky).stream().filter(p -> p.contains("/compare/")).toList();
        assertEquals(2 * (pairs.size() + 1), diffPages.size(), () -> "an inline and a side-by-side diff per policy: " + diffPages);
        Errors errors = new Errors();
        SimpleDocumentValidator validator = checker(errors);
        List<String> added = new ArrayList<>();
        for (String page : diffPages) {
            // An author's own fault (say, a skipped heading level) shows on the versions too; the
            // diff may repeat it but must add none of its own.
            String slug = page.substring(0, page.indexOf("/compare/") + 1);
            Set<String> inVersions = new HashSet<>();
            for (String version : List.of(slug, slug + "2024-q1/")) {
                errors.found.clear();
                errors.page = version;
                validator.checkHtmlFile(SampleSite.served(tricky, version).toFile(), true);
                errors.found.forEach(e -> inVersions.add(e.substring(e.indexOf(": ") + 2)));
            }
            errors.found.clear();
            errors.page = page;
            validator.checkHtmlFile(SampleSite.served(tricky, page).toFile(), true);
            errors.found.stream().filter(e -> !inVersions.contains(e.substring(e.indexOf(": ") + 2))).forEach(added::add);
        }
        assertEquals(List.of(), added, () -> added.size() + " errors:\n" + String.join("\n", added));
    }

    private static final String STRUCTURES_BEFORE = """
            # Structures

            | Data | Kept |
            |---|---|
            | Logs | 90 days |
            | Backups | 30 days |

            1. First step
               - detail one
               - detail two
            2. Second step

            > Quoted **guidance** with a [link](https://example.com/a).

            ```
            code block, line one
            ```

            <div><span>raw</span> html <em>kept</em></div>

            <a name="term"></a>Term with `code` and ~~strike~~.
            """;

    private static final String STRUCTURES_AFTER = """
            # Structures

            | Data | Kept | Where |
            |---|---|---|
            | Logs | 180 days | EU |
            | Audit trail | 7 years | EU |

            1. First step, revised
               - detail one
               1. nested ordered
            3. Third step
               > quoted in a list

            ## New section inside

            > Quoted guidance, now with a [different link](https://example.com/b).
            > - and a list

            ```
            code block, line one changed
            ```

            <p>raw <strong>paragraph</strong></p>

            Term with `other code` and **bold**.
            """;

    private static String review(String date, String body) {
        return "---\ntitle: Policy\nlast_reviewed: " + date + "\n---\n" + body;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theThemeStylesheetIsValidCss() throws Exception {
        Errors errors = new Errors();
        errors.page = "/assets/style.css";
        checker(errors).checkCssFile(site.file("/assets/style.css").toFile(), true);
        assertEquals(List.of(), errors.found, () -> String.join("\n", errors.found));
    }

    @Test
    void everyPageOfTheSampleSiteIsValidHtml() throws Exception {
        List<String> pages = SampleSite.pages(site);
        assertTrue(pages.size() > 100, () -> "the sample should have well over 100 pages, found " + pages.size());
        Errors errors = new Errors();
        long start = System.nanoTime();
        SimpleDocumentValidator validator = checker(errors);
        for (String page : pages) {
            errors.page = page;
            validator.checkHtmlFile(SampleSite.served(site, page).toFile(), true);
        }
        System.out.printf("Nu Html Checker: %d pages validated in %d ms%n", pages.size(), (System.nanoTime() - start) / 1_000_000);
        assertEquals(List.of(), errors.found, () -> errors.found.size() + " errors:\n" + String.join("\n", errors.found));
    }
}
