package dev.trustcenter.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.trustcenter.testing.TestRepo;
import dev.trustcenter.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same commits and the same date give byte-identical sites in any time zone and locale. */
class DeterminismTest {

    @TempDir
    Path tmp;

    @Test
    void sameCommitsAndDateGiveIdenticalSitesAcrossLocalesAndTimeZones() throws IOException {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/_index.md", "---\ncompany: Acme\ntitle: Acme\n---\nHello.\n");
        repo.write("content/i.md", "---\ntitle: Istanbul İ policy\nlast_reviewed: 2021-03-31\n---\n## Title Case\n\nText.\n");
        repo.commit("add", "2021-03-31T23:30:00Z");
        repo.write("content/i.md", "---\ntitle: Istanbul İ policy\nlast_reviewed: 2021-07-01\neffective: 2021-09-01\n---\n## Title Case\n\nText, edited.\n");
        repo.commit("review", "2021-07-01T00:30:00Z");
        Map<String, String> first = buildUnder(repo, Locale.ENGLISH, "UTC", "a");
        Map<String, String> second = buildUnder(repo, Locale.forLanguageTag("tr-TR"), "Pacific/Kiritimati", "b");
        Map<String, String> third = buildUnder(repo, Locale.forLanguageTag("ar-EG"), "America/Los_Angeles", "c");
        assertEquals(first, second);
        assertEquals(first, third);
    }

    private Map<String, String> buildUnder(TestRepo repo, Locale locale, String zone, String name) throws IOException {
        Locale savedLocale = Locale.getDefault();
        TimeZone savedZone = TimeZone.getDefault();
        try {
            Locale.setDefault(locale);
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            Path out = tmp.resolve(name);
            TestSite.build(repo, out, "2021-08-01");
            return snapshot(out);
        } finally {
            Locale.setDefault(savedLocale);
            TimeZone.setDefault(savedZone);
        }
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                // Latin-1 maps every byte to one char: binary files (the archive zip, PDFs) compare byte for byte too.
                files.put(root.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
