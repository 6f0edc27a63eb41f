package dev.trustcenter.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.testing.TestRepo;
import dev.trustcenter.testing.TestSite;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar of reviews and effective dates, and the archive of every published version. */
class DownloadsTest {

    @TempDir
    Path tmp;

    private TestRepo repo() {
        TestRepo repo = TestRepo.init(tmp.resolve("repo"));
        repo.write("content/_index.md", "---\ncompany: Acme, Inc.\ntitle: Acme; Trust \\ Center\n"
                + "base_url: https://trust.acme.test/\ncontact: security@acme.test\n---\nHello.\n");
        repo.write("content/security.md", "---\ntitle: Security Policy, Encryption; Keys \\ Ops — überall sicher und "
                + "vertraulich für alle Kunden\nlast_reviewed: 2026-06-01\n---\nEncrypt.\n");
        repo.write("content/old.md", "---\ntitle: Old Policy\nlast_reviewed: 2025-01-01\n---\nOld.\n");
        repo.commit("first versions", "2026-06-01T10:00:00Z");
        repo.delete("content/old.md");
        repo.write("content/security.md", "---\ntitle: Security Policy, Encryption; Keys \\ Ops — überall sicher und "
                + "vertraulich für alle Kunden\nlast_reviewed: 2026-06-01\n---\nEncrypt everything.\n");
        repo.commit("security: wording; retire old policy", "2026-07-01T10:00:00Z");
        repo.write("content/privacy.md", "---\ntitle: Privacy Notice\nlast_reviewed: 2026-03-02\n---\nSeven years.\n");
        repo.commit("privacy: first version", "2026-07-02T10:00:00Z");
        repo.write("content/privacy.md", "---\ntitle: Privacy Notice\nlast_reviewed: 2026-11-02\neffective: 2027-01-01\n---\nTen years.\n");
        repo.commit("privacy: 2026-Q4 review", "2026-11-02T10:00:00Z");
        return repo;
    }

    /** Content lines of an iCalendar file: checks CRLF and the 75-octet limit, then unfolds. */
    private static List<String> unfold(byte[] ics) {
        String text = new String(ics, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        List<String> lines = new ArrayList<>();
        for (String physical : text.substring(0, text.length() - 2).split("\r\n", -1)) {
            assertTrue(physical.indexOf('\n') < 0 && physical.indexOf('\r') < 0, "bare line break in " + physical);
            int octets = physical.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(octets <= 75, octets + " octets: " + physical);
            if (physical.startsWith(" ")) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + physical.substring(1));
            } else {
                lines.add(physical);
            }
        }
        return lines;
    }

    private static List<Map<String, String>> events(List<String> lines) {
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : lines) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null) {
                int colon = line.indexOf(':');
                current.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return events;
    }

    @Test
    void calendarHasAnAllDayEventPerNextReviewAndEffectiveDate() {
        TestSite site = TestSite.build(repo(), tmp.resolve("site"), "2026-11-28");
        List<String> lines = unfold(site.text("/reviews.ics").getBytes(StandardCharsets.UTF_8));
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertTrue(lines.contains("VERSION:2.0"));
        assertTrue(lines.contains("X-WR-CALNAME:Acme\\; Trust \\\\ Center: reviews and effective dates"), lines.toString());
        List<Map<String, String>> events = events(lines);
        assertEquals(3, events.size(), "two published policies' next reviews and one effective date; none for the retired one");

        Map<String, String> security = events.stream().filter(e -> e.get("UID").startsWith("security-review")).findFirst().orElseThrow();
        assertEquals("security-review-20260901@trust.acme.test", security.get("UID"));
        assertEquals("20260901", security.get("DTSTART;VALUE=DATE"));
        assertEquals("20260902", security.get("DTEND;VALUE=DATE"));
        assertEquals("20261128T000000Z", security.get("DTSTAMP"));
        assertEquals("Review due: Security Policy\\, Encryption\\; Keys \\\\ Ops — überall sicher und vertraulich für alle Kunden",
                security.get("SUMMARY"));
        assertTrue(security.get("DESCRIPTION").contains("\\nhttps://trust.acme.test/security/"), security.get("DESCRIPTION"));
        assertEquals("https://trust.acme.test/security/", security.get("URL"));

        Map<String, String> privacyReview = events.stream().filter(e -> e.get("UID").startsWith("privacy-review")).findFirst().orElseThrow();
        assertEquals("20270202", privacyReview.get("DTSTART;VALUE=DATE"));
        Map<String, String> effective = events.stream().filter(e -> e.get("UID").startsWith("privacy-effective")).findFirst().orElseThrow();
        assertEquals("privacy-effective-20270101@trust.acme.test", effective.get("UID"));
        assertEquals("20270101", effective.get("DTSTART;VALUE=DATE"));
        assertEquals("Takes effect: Privacy Notice (2026-Q4)", effective.get("SUMMARY"));
        assertTrue(effective.get("DESCRIPTION").contains("https://trust.acme.test/privacy/compare/2026-q1...2026-q4/"));
        assertTrue(effective.get("DESCRIPTION").startsWith("The 2026-Q4 version of Privacy Notice takes effect on this date."),
                effective.get("DESCRIPTION"));
        assertTrue(privacyReview.get("DESCRIPTION").startsWith("The next review of Privacy Notice is due by this date"),
                privacyReview.get("DESCRIPTION"));

        assertNotNull(site.page("/").selectFirst("a[href=/reviews.ics]"), "the home page links the calendar");
    }

    @Test
    void longLinesFoldBetweenCharactersNeverInsideOne() {
        CalendarWriter.Lines lines = new CalendarWriter.Lines();
        String value = "ü€".repeat(40) + "x";
        lines.add("SUMMARY:" + value);
        List<String> unfolded = unfold(lines.bytes());
        assertEquals(List.of("SUMMARY:" + value), unfolded);
        assertTrue(new String(lines.bytes(), StandardCharsets.UTF_8).split("\r\n").length >= 3, "folded");
    }

    @Test
    void calendarUidsStayTheSameFromBuildToBuild() {
        TestRepo repo = repo();
        List<String> first = uids(TestSite.build(repo, tmp.resolve("a"), "2026-11-28"));
        List<String> later = uids(TestSite.build(repo, tmp.resolve("b"), "2026-12-05"));
        assertEquals(first, later);
    }

    private static List<String> uids(TestSite site) {
        return events(unfold(site.text("/reviews.ics").getBytes(StandardCharsets.UTF_8))).stream().map(e -> e.get("UID")).toList();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void archiveHoldsEveryPublishedVersionAsCommittedWithPoliciesJson() throws IOException {
        TestSite site = TestSite.build(repo(), tmp.resolve("site"), "2026-11-28");
        Map<String, byte[]> entries = unzip(Files.readAllBytes(site.file("/trustcenter-archive.zip")));
        List<String> names = new ArrayList<>(entries.keySet());
        assertEquals(names.stream().sorted().toList(), names, "entries are sorted");
        String securityRevision = site.policy("security").get("revisions").get(1).get("id").asText();
        assertEquals(List.of("trustcenter-archive/INDEX.txt", "trustcenter-archive/old/2025-q1.md",
                "trustcenter-archive/policies.json", "trustcenter-archive/privacy/2026-q1.md",
                "trustcenter-archive/privacy/2026-q4.md", "trustcenter-archive/security/2026-q2.md",
                "trustcenter-archive/security/revisions/" + securityRevision + ".md"), names);
        assertEquals("---\ntitle: Privacy Notice\nlast_reviewed: 2026-11-02\neffective: 2027-01-01\n---\nTen years.\n",
                new String(entries.get("trustcenter-archive/privacy/2026-q4.md"), StandardCharsets.UTF_8));
        assertArrayEquals(Files.readAllBytes(site.file("/policies.json")), entries.get("trustcenter-archive/policies.json"));
        String index = new String(entries.get("trustcenter-archive/INDEX.txt"), StandardCharsets.UTF_8);
        assertTrue(index.contains("privacy/2026-q4.md  review 2026-Q4, reviewed 2026-11-02"), index);
        assertTrue(index.contains("takes effect 2027-01-01"), index);
        assertTrue(index.contains("Old Policy (old) - retired"), index);
        assertTrue(index.contains("old/2025-q1.md  review 2025-Q1") && index.lines().filter(l -> l.contains("old/2025-q1.md"))
                .allMatch(l -> l.endsWith(", the last version")), "a retired policy has nothing in force: " + index);
        assertTrue(index.contains("Old Policy (old) - retired 2026-07-01\n"), index);
        assertTrue(index.lines().filter(l -> l.contains("privacy/2026-q1.md")).allMatch(l -> l.endsWith(", in force")), index);
        assertNotNull(site.page("/").selectFirst("a[href=/trustcenter-archive.zip]"), "the home page links the archive");
    }

    @Test
    void archiveIsByteIdenticalAcrossBuildsAndStampedWithTheBuildTime() throws IOException {
        TestRepo repo = repo();
        byte[] first = Files.readAllBytes(TestSite.build(repo, tmp.resolve("a"), "2026-11-28").file("/trustcenter-archive.zip"));
        byte[] second = Files.readAllBytes(TestSite.build(repo, tmp.resolve("b"), "2026-11-28").file("/trustcenter-archive.zip"));
        assertArrayEquals(first, second);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(first), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertEquals("2026-11-28T00:00", e.getTimeLocal().toString(), e.getName());
            }
        }
    }

    @Test
    void homePageShowsTheSecurityContactAndReviewStatusAtAGlance() {
        TestSite site = TestSite.build(repo(), tmp.resolve("site"), "2026-11-28");
        Document home = site.page("/");
        assertEquals("Contact for security questions", home.selectFirst("#security-contact-heading").text());
        assertNotNull(home.selectFirst(".security-contact a[href=mailto:security@acme.test]"));
        assertTrue(home.selectFirst(".trust-company").text().contains("Acme, Inc."));
        assertEquals(List.of("Privacy Notice", "Old Policy", "Security Policy, Encryption; Keys \\ Ops — überall sicher und vertraulich für alle Kunden"),
                home.select(".latest-changes .change-policy").eachText().subList(0, 3), "the old policy's retirement is news too");
        assertTrue(home.selectFirst(".latest-changes .change-effective").text().contains("1 Jan 2027"));
        assertEquals(2, home.select(".policies .review-banner[data-next-review]").size());
    }
}
