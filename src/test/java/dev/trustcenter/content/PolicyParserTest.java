package dev.trustcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.diag.Diagnostic;
import dev.trustcenter.diag.Diagnostics;
import dev.trustcenter.diag.SourceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

class PolicyParserTest {

    private final Diagnostics warnings = new Diagnostics();

    @Test
    void readsKnownKeysTypedAndKeepsUnknownKeys() {
        PolicySource s = PolicyParser.parse("content/security.md", """
                ---
                title: Security Policy
                owner: Head of Security
                last_reviewed: 2024-03-14
                review_cycle: annual
                frameworks: [SOC 2, ISO 27001]
                contact: {name: Dana}
                ---
                # Security
                Body.
                """, warnings);
        FrontMatter fm = s.frontMatter();
        assertEquals("Security Policy", fm.title());
        assertEquals(LocalDate.of(2024, 3, 14), fm.lastReviewed());
        assertEquals(12, fm.reviewCycle().months());
        assertEquals(PolicyStatus.PUBLISHED, fm.status());
        assertEquals(List.of("SOC 2", "ISO 27001"), fm.extra().get("frameworks"));
        assertEquals(List.of("frameworks", "contact"), List.copyOf(fm.extra().keySet()));
        assertEquals(9, s.bodyLine());
        assertTrue(s.markdown().startsWith("# Security"));
        assertEquals(0, warnings.size());
    }

    @Test
    void aListOfOwnersReadsAsTheirNames() {
        PolicySource s = PolicyParser.parse("content/security.md", """
                ---
                title: Security Policy
                owner: [Head of Security, CTO]
                ---
                Body.
                """, warnings);
        assertEquals("Head of Security, CTO", s.frontMatter().owner());
    }

    @Test
    void invalidDateNamesFileLineAndColumnOfTheValue() {
        SourceException e = assertThrows(SourceException.class, () -> PolicyParser.parse("content/a.md", """
                ---
                title: A
                last_reviewed: 2017-13-01
                ---
                """, warnings));
        assertEquals("content/a.md:3:16", e.position().toString());
        assertTrue(e.detail().contains("'2017-13-01' is not a date"), e.detail());
    }

    @Test
    void malformedYamlNamesTheLineOfTheProblem() {
        SourceException e = assertThrows(SourceException.class, () -> PolicyParser.parse("content/a.md", """
                ---
                title: A
                owner: [unclosed
                status: draft
                ---
                """, warnings));
        assertTrue(e.position().line() >= 3 && e.position().line() <= 5, e.getMessage());
        assertTrue(e.getMessage().startsWith("content/a.md:"), e.getMessage());
    }

    @Test
    void frontMatterNestedThousandsOfLevelsDeepIsAnErrorNotACrash() {
        String deep = "---\ntitle: A\nx: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n---\nText.\n";
        SourceException e = assertThrows(SourceException.class, () -> PolicyParser.parse("content/a.md", deep, d -> { }));
        assertEquals("content/a.md:2: front matter nests brackets or lists too deeply to be read", e.getMessage());
    }

    @Test
    void aMisindentedListItemIsReportedWithAHintAtItsLine() {
        SourceException e = assertThrows(SourceException.class, () -> PolicyParser.parse("content/a.md", """
                ---
                title: A
                frameworks:
                  - SOC 2
                 - ISO 27001
                ---
                """, warnings));
        assertEquals("content/a.md:5:2", e.position().toString());
        assertTrue(e.detail().contains("is this line indented like the lines above it"), e.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"frameworks: [SOC 2, ISO 27001\nowner: Security team\n", "frameworks: [SOC 2, ISO 27001\n",
        "frameworks: \"SOC 2\nowner: Security team\n"})
    void anUnclosedBracketOrQuoteIsReportedWhereItOpens(String yaml) {
        SourceException e = assertThrows(SourceException.class,
                () -> PolicyParser.parse("content/a.md", "---\ntitle: A\n" + yaml + "---\nText.\n", warnings));
        assertEquals("content/a.md:3:13", e.position().toString(), e.getMessage());
        assertTrue(e.detail().contains(" opened here is not closed: "), e.detail());
        assertTrue(e.detail().endsWith("(is a bracket or quote left open?)"), e.detail());
    }

    @Test
    void troubleInsideABracketClosedOnItsLineIsReportedWhereItIs() {
        SourceException e = assertThrows(SourceException.class,
                () -> PolicyParser.parse("content/a.md", "---\ntitle: A\ntags: [a, b: c: d, e]\n---\nText.\n", warnings));
        assertFalse(e.detail().contains("not closed"), e.detail());
        assertEquals(3, e.position().line(), e.getMessage());
    }

    @Test
    void unreadableFrontMatterIsOneErrorWithoutANoTitleWarning() {
        // its title is unknown, not missing: the writer has one thing to fix
        for (String text : List.of("---\ntitle: A\nowner: [unclosed\n---\n# Heading\n\nText.\n",
                "---\n- a list\n---\n# Heading\n\nText.\n", "---\ntitle: A\n\n# Heading\n\nText.\n")) {
            Diagnostics all = new Diagnostics();
            PolicySource s = PolicyParser.parseReporting("content/a.md", text, all);
            assertEquals(1, all.size(), all.sorted().toString());
            assertTrue(all.hasErrors(), all.sorted().toString());
            assertEquals("Heading", s.title());
        }
    }

    @Test
    void unclosedFrontMatterIsAnErrorOnLineOne() {
        SourceException e = assertThrows(SourceException.class,
                () -> PolicyParser.parse("content/a.md", "---\ntitle: A\n\n# A\n", warnings));
        assertEquals(1, e.position().line());
    }

    @Test
    void unknownReviewCycleAndStatusAreErrors() {
        assertThrows(SourceException.class, () -> PolicyParser.parse("a.md", "---\nreview_cycle: weekly\n---\n", warnings));
        assertThrows(SourceException.class, () -> PolicyParser.parse("a.md", "---\nstatus: maybe\n---\n", warnings));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "'0'", "121", "999", "-3", "1.5"})
    void aReviewCycleOutsideOneToHundredTwentyMonthsIsAnErrorOnItsLine(String cycle) {
        // 0 and 121 to 999 once recursed without end (a stack overflow, not an error)
        SourceException e = assertThrows(SourceException.class,
                () -> PolicyParser.parse("content/a.md", "---\ntitle: A\nreview_cycle: " + cycle + "\n---\n", warnings));
        assertEquals(3, e.position().line(), e.getMessage());
        assertTrue(e.getMessage().contains("review_cycle"), e.getMessage());
    }

    @Test
    void aTitleThatYamlReadsAsAMappingIsAnErrorOnItsLine() {
        // it was published as "{a=1}"
        SourceException e = assertThrows(SourceException.class,
                () -> PolicyParser.parse("content/a.md", "---\nowner: Security\ntitle: {a: 1}\n---\nText.\n", warnings));
        assertEquals("content/a.md:3:8", e.position().toString(), e.getMessage());
        assertTrue(e.getMessage().contains("title must be text, not a mapping"), e.getMessage());
        assertEquals("Erin, Frank", PolicyParser.parse("a.md", "---\ntitle: A\nowner: [Erin, Frank]\n---\n", warnings)
                .frontMatter().owner(), "a list of names is still text");
        // in an older revision, a warning: that commit cannot be fixed any more
        List<Diagnostic> faults = new ArrayList<>();
        PolicySource old = PolicyParser.parseHistoric("content/a.md", "---\ntitle: {a: 1}\n---\n# Heading\n", faults::add);
        assertEquals("Heading", old.title());
        assertEquals(List.of("content/a.md:2:8"), faults.stream().map(d -> d.position().toString()).toList());
    }

    @Test
    void aCycleOfOneMonthIsNamedInTheSingular() {
        assertEquals("1 month", PolicyParser.parse("a.md", "---\ntitle: A\nreview_cycle: 1\n---\n", warnings)
                .frontMatter().reviewCycle().name());
    }

    @Test
    void reviewCycleAcceptsANumberOfMonths() {
        PolicySource s = PolicyParser.parse("a.md", "---\ntitle: A\nreview_cycle: 6\n---\n", warnings);
        assertEquals(6, s.frontMatter().reviewCycle().months());
    }

    @Test
    void titleFallsBackToFirstHeadingThenFileNameWithAWarning() {
        assertEquals("Incident Response", PolicyParser.parse("x/incident.md", "Intro\n\n# Incident Response\n", warnings).title());
        assertEquals("Data retention", PolicyParser.parse("x/data-retention.md", "No heading.\n", warnings).title());
        assertEquals(2, warnings.size());
    }

    @Test
    void lenientParsingWarnsAndKeepsTheRest() {
        PolicySource s = PolicyParser.parseLenient("a.md", "---\ntitle: A\nlast_reviewed: soon\n---\nText\n", warnings);
        assertNull(s.frontMatter().lastReviewed());
        assertEquals("A", s.title());
        assertEquals(1, warnings.size());
        assertEquals("Text\n", s.markdown());
    }

    @Test
    void fileWithoutFrontMatterIsAllBody() {
        PolicySource s = PolicyParser.parse("a.md", "# Plain\n\ntext\n", warnings);
        assertEquals(1, s.bodyLine());
        assertEquals("Plain", s.title());
    }
}
