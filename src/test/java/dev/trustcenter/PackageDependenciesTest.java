package dev.trustcenter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pipeline flows one way: a package imports only packages above it (STYLE.md 4.2). */
class PackageDependenciesTest {

    private static final List<String> ORDER = List.of(
            "diag", "content", "history", "model", "edit", "markdown", "diff", "check", "view", "template", "pdf", "site",
            "serve", "cli");

    @ParameterizedTest
    @CsvSource({
            "diag, org.eclipse.jgit com.vladsch freemarker org.jsoup org.snakeyaml picocli",
            "content, org.eclipse.jgit com.vladsch freemarker org.jsoup picocli",
            "history, com.vladsch freemarker org.jsoup org.snakeyaml picocli",
            "model, org.eclipse.jgit com.vladsch freemarker org.jsoup picocli",
            "edit, org.eclipse.jgit com.vladsch freemarker org.jsoup org.snakeyaml picocli",
            "markdown, org.eclipse.jgit freemarker picocli",
            "diff, org.eclipse.jgit freemarker picocli com.vladsch",
            "check, org.eclipse.jgit freemarker picocli com.vladsch org.jsoup com.openhtmltopdf org.apache.pdfbox",
            "view, org.eclipse.jgit freemarker picocli com.vladsch",
            "template, org.eclipse.jgit picocli com.vladsch com.openhtmltopdf org.apache.pdfbox",
            "pdf, org.eclipse.jgit picocli com.vladsch freemarker",
            "site, org.eclipse.jgit picocli freemarker com.openhtmltopdf org.apache.pdfbox com.sun.net.httpserver",
            "serve, org.eclipse.jgit picocli freemarker com.vladsch org.jsoup com.openhtmltopdf org.apache.pdfbox",
            "cli, org.eclipse.jgit freemarker",
    })
    void packageImportsOnlyPackagesAboveIt(String pkg, String forbiddenLibraries) throws IOException {
        List<String> forbidden = new ArrayList<>(List.of(forbiddenLibraries.split(" ")));
        ORDER.subList(ORDER.indexOf(pkg) + 1, ORDER.size()).forEach(p -> forbidden.add("dev.trustcenter." + p + "."));
        List<String> violations = new ArrayList<>();
        Path dir = Path.of("src/main/java/dev/trustcenter", pkg);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("import ") && forbidden.stream().anyMatch(b -> line.contains(" " + b)
                            || line.contains("static " + b))) {
                        violations.add(dir.relativize(f) + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), violations, pkg + " must not import packages below it");
    }
}
