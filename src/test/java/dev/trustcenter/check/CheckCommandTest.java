package dev.trustcenter.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustcenter.testing.TestRepo;
import dev.trustcenter.testing.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trustcenter check} on real repositories: what a writer sees for each kind of mistake. */
class CheckCommandTest {

    private static final String SECURITY = """
            ---
            title: Security
            last_reviewed: 2026-06-01
            ---
            # Security

            ## Encryption
            Data is encrypted at rest and in transit.

            See [access control](team/access.md#mfa) and ![the network](team/diagram.svg).
            """;

    private static final String ACCESS = """
            ---
            title: Access control
            last_reviewed: 2026-06-01
            ---
            ## MFA
            Everyone signs in with MFA. Back to [encryption](../security.md#encryption) or [this section](#mfa).
            """;

    @TempDir
    Path dir;
    TestRepo repo;

    @BeforeEach
    void cleanRepository() {
        repo = TestRepo.init(dir.resolve("repo"));
        repo.files("""
                -- content/_index.md --
                ---
                title: Example Trust Center
                review_cycle: annual
                ---
                Start with the [security policy](security.md#encryption).
                -- content/team/diagram.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """);
        repo.write("content/security.md", SECURITY).write("content/team/access.md", ACCESS);
        repo.commit("Add policies", "2026-06-01T10:00:00Z");
    }

    private TestSite check(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--repo", repo.dir().toString()));
        args.addAll(Arrays.asList(extra));
        if (!args.contains("--today")) {
            args.addAll(List.of("--today", "2026-07-01"));
        }
        return TestSite.run(dir.resolve("unused"), args.toArray(String[]::new));
    }

    @Test
    void aCleanRepositoryPassesSilently() {
        TestSite run = check();
        assertEquals(0, run.exitCode, run.stdout + run.stderr);
        assertEquals("", run.stdout);
        assertEquals("check: 0 errors, 0 warnings in 2 policies (working tree)\n", run.stderr);
    }

    @Test
    void aLinkToAMissingPolicyIsReportedWhereTheLinkIsWritten() {
        repo.write("content/security.md", SECURITY.replace("team/access.md#mfa", "team/acess.md#mfa"));
        TestSite run = check();
        assertEquals(1, run.exitCode);
        // a link that points elsewhere is a change to review, whatever its words
        assertEquals("content/security.md:3:16: warning: text changed since the 2026-Q2 review (material: no word changed, but links or"
                + " images did) but last_reviewed is still 2026-06-01: set it to the review date once the change is"
                + " reviewed\n"
                + "content/security.md:10:5: error: link 'team/acess.md#mfa': no policy team/acess.md in the content folder\n",
                run.stdout);
    }

    @Test
    void aLinkToAMarkdownFileFromTheRootIsAWarning() {
        repo.write("content/security.md", SECURITY.replace("team/access.md#mfa", "/team/access.md#mfa"));
        TestSite run = check();
        // it was published as written, to no page, and check said nothing
        assertTrue(run.stdout.contains("content/security.md:10:5: warning: link '/team/access.md#mfa' starts with '/': the site"
                + " leaves it as written, and no page is at that address; link to the file relatively (from this policy),"
                + " and the site links to its page\n"), run.stdout);
        repo.write("content/security.md", SECURITY.replace("team/access.md#mfa", "/security/"));
        assertFalse(check().stdout.contains("starts with '/'"), "a site address is left alone");
    }

    @Test
    void markdownUnderAnotherExtensionIsAWarning() {
        repo.write("content/Vendor-Notes.markdown", "---\ntitle: Notes\n---\nDraft.\n");
        TestSite run = check();
        assertTrue(run.stdout.contains("content/Vendor-Notes.markdown:1:1: warning: not published: only files whose names end"
                + " in '.md' are policies (rename it to Vendor-Notes.md)\n"), run.stdout);
    }

    @Test
    void aLinkToAHeadingThatDoesNotExistNamesTheHeadingsThereAre() {
        repo.write("content/team/access.md", ACCESS.replace("## MFA", "## Multi-factor authentication"));
        TestSite run = check();
        assertEquals(1, run.exitCode);
        assertEquals(List.of(
                "content/security.md:10:5: error: link 'team/access.md#mfa': content/team/access.md has no heading with id"
                        + " 'mfa' (its headings are multi-factor-authentication)",
                "content/team/access.md:6:80: error: link '#mfa': content/team/access.md has no heading with id 'mfa'"
                        + " (its headings are multi-factor-authentication)"), errors(run.stdout));
    }

    @Test
    void aLinkToAnAnchorWrittenInTheTextLandsThere() {
        // numbered terms name their sections with <a name>, so links survive renumbering ("4. MFA" → "3. MFA")
        repo.write("content/team/access.md", ACCESS.replace("## MFA", "## <a name=\"mfa\"></a>3. Multi-factor authentication"));
        TestSite run = check();
        assertEquals(0, run.exitCode, run.stdout);
        assertEquals(List.of(), errors(run.stdout));
    }

    @Test
    void aBrokenHeadingLinkOnTheHomePageIsReportedInIndex() {
        repo.write("content/security.md", SECURITY.replace("## Encryption", "## Cryptography"));
        TestSite run = check();
        assertEquals(1, run.exitCode);
        List<String> out = errors(run.stdout);
        assertTrue(out.get(0).startsWith("content/_index.md:5:16: error: link 'security.md#encryption': content/security.md"
                + " has no heading with id 'encryption'"), run.stdout);
        assertTrue(out.get(1).startsWith("content/team/access.md:6:"), run.stdout);
    }

    @Test
    void referenceDefinitionsAndRawHtmlLinksAreCheckedToo() {
        repo.write("content/team/access.md", ACCESS + "\nSee the [policy][sec] and <a href=\"../secure.md\">this</a>.\n\n"
                + "[sec]: ../security.md#encrypt\n");
        List<String> errors = errors(check().stdout);
        assertEquals(List.of(
                "content/team/access.md:8:27: error: link '../secure.md': no policy secure.md in the content folder",
                "content/team/access.md:10:1: error: link '../security.md#encrypt': content/security.md has no heading with id"
                        + " 'encrypt' (its headings are security, encryption)"), errors);
    }

    @Test
    void aShallowCloneIsCheckedWithAWarningThatReviewHistoryIsMissing() {
        repo.write("content/security.md", SECURITY.replace("encrypted at rest", "encrypted everywhere at rest"));
        repo.commit("security: wording", "2026-06-05T10:00:00Z");
        TestRepo shallow = repo.shallowClone(dir.resolve("shallow"), 1);
        TestSite run = TestSite.run(dir, "check", "--repo", shallow.dir().toString(), "--today", "2026-07-01");
        assertEquals(0, run.exitCode, run.stdout);
        assertTrue(run.stdout.startsWith("content:1:1: warning: the history cannot be read (this is a shallow clone"),
                run.stdout);
        assertEquals(1, lines(run.stdout).size(), "no review-history findings without history: " + run.stdout);
        assertEquals(1, TestSite.run(dir, "check", "--strict", "--repo", shallow.dir().toString()).exitCode);
    }

    @Test
    void unknownPlaceholdersAreErrorsAtTheirPositionLikeInBuild() {
        repo.write("content/security.md", SECURITY.replace("Data is encrypted", "As of {{ last_reviewed }}, {{ owner }} data is encrypted"));
        repo.write("content/draft.md", "---\ntitle: Later\nstatus: draft\n---\nOwned by {{ owner }}.\n");
        TestSite run = check();
        assertEquals(1, run.exitCode);
        assertEquals(List.of(
                "content/draft.md:5:10: warning: unknown placeholder {{ owner }} (known: {{ last_reviewed }}, {{ next_review }},"
                        + " {{ review_label }}, {{ title }}; write \\{{ or a code span to show braces)",
                "content/security.md:8:28: error: unknown placeholder {{ owner }} (known: {{ last_reviewed }}, {{ next_review }},"
                        + " {{ review_label }}, {{ title }}; write \\{{ or a code span to show braces)"),
                lines(run.stdout).stream().filter(l -> l.contains("placeholder")).toList());
    }

    @Test
    void aLinkToTheNameAPolicyHadBeforeARenameIsAWarning() {
        repo.move("content/team/access.md", "content/team/access-control.md");
        repo.commit("access: rename the file", "2026-06-10T10:00:00Z");
        TestSite run = check();
        assertEquals(0, run.exitCode, run.stdout);
        assertEquals("content/security.md:10:5: warning: link 'team/access.md#mfa': the policy was renamed to"
                + " team/access-control.md; the site still links to it, but update the link\n", run.stdout);
    }

    @Test
    void aMissingImageIsAnError() {
        repo.delete("content/team/diagram.svg");
        TestSite run = check();
        assertEquals(1, run.exitCode);
        assertEquals("content/security.md:10:46: error: image 'team/diagram.svg': content/team/diagram.svg does not exist\n",
                run.stdout);
    }

    // Each fault points at the value it is about, where an editor should jump.
    @Test
    void frontMatterFaultsInSeveralFilesAreAllReportedSorted() {
        repo.write("content/security.md", SECURITY.replace("last_reviewed: 2026-06-01",
                "last_reviewed: 2026-02-30\nreview_cycle: fortnightly\nstatus: pending\nreviewers: [ana]"));
        repo.write("content/team/access.md", ACCESS.replace("last_reviewed: 2026-06-01", "next_review: soon"));
        TestSite run = check();
        assertEquals(1, run.exitCode);
        assertEquals(List.of(
                "content/security.md:3:16: error: last_reviewed '2026-02-30' is not a date (expected YYYY-MM-DD, e.g. 2024-03-31)",
                "content/security.md:4:15: error: review_cycle 'fortnightly' is not known (use monthly, quarterly, semiannual,"
                        + " annual or a number of months from 1 to 120)",
                "content/security.md:5:9: error: status 'pending' is not known (use published, draft or retired)",
                "content/team/access.md:3:14: error: next_review 'soon' is not a date (expected YYYY-MM-DD, e.g. 2024-03-31)"),
                lines(run.stdout));
        assertEquals("check: 4 errors, 0 warnings in 2 policies (working tree)\n", run.stderr);
    }

    @Test
    void everyLineHasPathLineColumnSeverityAndMessage() {
        repo.write("content/security.md", SECURITY.replace("last_reviewed: 2026-06-01", "last_reviewed: 2025-01-01")
                .replace("team/access.md#mfa", "nowhere.md"));
        repo.write("content/team/access.md", ACCESS.replace("#mfa", "#nothing"));
        TestSite run = check();
        List<String> out = lines(run.stdout);
        assertEquals(5, out.size(), run.stdout);
        out.forEach(line -> assertTrue(line.matches("content/\\S+:\\d+:\\d+: (error|warning): \\S.*"), line));
        assertEquals(List.of("content/security.md:3:16", "content/security.md:3:16", "content/security.md:10:5",
                        "content/team/access.md:3:16",
                        "content/team/access.md:6:80"),
                out.stream().map(line -> line.substring(0, line.indexOf(": "))).toList(), "sorted by path, line, column");
    }

    @Test
    void anEmptyPolicyIsAnErrorButAnEmptyDraftIsNot() {
        repo.write("content/empty.md", "---\ntitle: Coming soon\n---\n\n");
        repo.write("content/draft.md", "---\ntitle: Later\nstatus: draft\n---\n");
        TestSite run = check();
        assertEquals(1, run.exitCode);
        assertEquals("content/empty.md:4:1: error: the policy has no text: write it, or mark it 'status: draft' until it is"
                + " ready\n", run.stdout);
    }

    @Test
    void aLinkToADraftIsAnError() {
        repo.write("content/team/access.md", ACCESS.replace("title: Access control", "title: Access control\nstatus: draft"));
        TestSite run = check();
        assertEquals(1, run.exitCode);
        assertEquals("content/security.md:10:5: error: link 'team/access.md#mfa': content/team/access.md is a draft,"
                + " and drafts are not published\n", run.stdout);
    }

    @Test
    void twoPoliciesWithOneSlugAreBothNamed() {
        repo.write("content/Security.md", "---\ntitle: Security again\n---\nText.\n");
        TestSite run = check();
        assertEquals(1, run.exitCode);
        assertEquals(List.of(
                "content/Security.md:1:1: error: policy slug 'security' is also used by content/security.md: rename one of"
                        + " the files",
                "content/security.md:1:1: error: policy slug 'security' is also used by content/Security.md: rename one of"
                        + " the files"), lines(run.stdout));
    }

    @Test
    void reviewsDueWithinTwoWeeksAreWarnings() {
        TestSite run = check("--today", "2027-05-20");
        assertEquals(0, run.exitCode);
        assertEquals(List.of(
                "content/security.md:3:16: warning: review due in 12 days, by 2027-06-01 (last reviewed 2026-06-01,"
                        + " annual review cycle)",
                "content/team/access.md:3:16: warning: review due in 12 days, by 2027-06-01 (last reviewed 2026-06-01,"
                        + " annual review cycle)"), lines(run.stdout));
    }

    @Test
    void overdueReviewsAreWarningsThatStrictTurnsIntoErrors() {
        repo.write("content/security.md", SECURITY.replace("last_reviewed: 2026-06-01",
                "last_reviewed: 2026-06-01\nreview_cycle: quarterly"));
        TestSite warned = check("--today", "2026-11-28");
        assertEquals(0, warned.exitCode, warned.stdout);
        assertEquals("content/security.md:3:16: warning: review overdue since 2026-09-01 (last reviewed 2026-06-01,"
                + " quarterly review cycle): review the policy and set last_reviewed to the review date\n", warned.stdout);
        TestSite strict = check("--today", "2026-11-28", "--strict");
        assertEquals(1, strict.exitCode);
        assertEquals(warned.stdout.replace(": warning: ", ": error: "), strict.stdout);
        assertEquals("check: 1 error, 0 warnings in 2 policies (working tree)\n", strict.stderr);
    }

    @Test
    void aReviewDateOrCycleThatCannotBeReadIsOneErrorWithoutAReviewStatusWorkedOutWithoutIt() {
        // the committed 2026-06-01 review is overdue by 2027-08-01 on its annual cycle; the writer
        // recording the next review mistypes a date or the cycle
        for (String[] typo : new String[][] {
                {"last_reviewed: 2026-06-01", "last_reviewed: 2027-13-01",
                        "content/security.md:3:16: error: last_reviewed '2027-13-01' is not a date (expected YYYY-MM-DD,"
                                + " e.g. 2024-03-31)"},
                {"last_reviewed: 2026-06-01", "last_reviewed: 2026-06-01\nnext_review: 2027-02-30",
                        "content/security.md:4:14: error: next_review '2027-02-30' is not a date (expected YYYY-MM-DD,"
                                + " e.g. 2024-03-31)"},
                {"last_reviewed: 2026-06-01", "last_reviewed: 2026-06-01\nreview_cycle: fortnightly",
                        "content/security.md:4:15: error: review_cycle 'fortnightly' is not known (use monthly, quarterly,"
                                + " semiannual, annual or a number of months from 1 to 120)"}}) {
            assertTrue(SECURITY.contains(typo[0]), typo[0]);
            repo.write("content/security.md", SECURITY.replace(typo[0], typo[1]));
            TestSite run = check("--today", "2027-08-01");
            assertEquals(1, run.exitCode, run.stdout);
            assertEquals(List.of(typo[2], "content/team/access.md:3:16: warning: review overdue since 2027-06-01 (last"
                    + " reviewed 2026-06-01, annual review cycle): review the policy and set last_reviewed to the review"
                    + " date"), lines(run.stdout), "only the other policy's review status is reported");
        }
    }

    /** diff says "review recorded" for the pull request, and merged as one commit it is one review. */
    @Test
    void anEditAfterAReviewRecordedInTheSamePullRequestIsNoUnreviewedChange() {
        repo.branch("q3").checkout("q3");
        repo.write("content/team/access.md", ACCESS.replace("2026-06-01", "2026-06-20"));
        repo.commit("access: 2026-Q2 review", "2026-06-20T10:00:00Z");
        repo.write("content/team/access.md", ACCESS.replace("2026-06-01", "2026-06-20")
                .replace("Everyone signs in", "Everyone, contractors included, signs in"));
        repo.commit("access: reviewer's feedback", "2026-06-20T11:00:00Z");
        assertFalse(check().stdout.contains("text changed since"), "the branch's own review covers its later commits");
        repo.checkout("main").merge("q3", "Merge pull request #3 from acme/q3", "2026-06-21T10:00:00Z");
        assertFalse(check().stdout.contains("text changed since"), "merged, it is one revision");
    }

    @Test
    void aReviewDateBeforeARecordedReviewIsAWarning() {
        repo.write("content/team/access.md", ACCESS.replace("2026-06-01", "2025-06-21"));
        TestSite run = check("--today", "2026-06-25");
        assertTrue(run.stdout.contains("content/team/access.md:3:16: warning: last_reviewed 2025-06-21 is before the 2026-Q2"
                + " review of 2026-06-01: review dates only move forward (a typo in the year?)\n"), run.stdout);
    }

    @Test
    void textChangedWithoutABumpIsAWarningUntilLastReviewedMoves() {
        repo.write("content/team/access.md", ACCESS.replace("Everyone signs in", "Everyone, contractors included, signs in"));
        repo.commit("access: mention contractors", "2026-06-15T10:00:00Z");
        TestSite run = check();
        assertEquals(0, run.exitCode);
        assertEquals("content/team/access.md:3:16: warning: text changed since the 2026-Q2 review (material: 2 words added,"
                + " 0 removed) but last_reviewed is still 2026-06-01: set it to the review date once the change is"
                + " reviewed\n", run.stdout);
        repo.write("content/team/access.md", ACCESS.replace("Everyone signs in", "Everyone, contractors included, signs in")
                .replace("2026-06-01", "2026-06-20"));
        assertEquals("", check().stdout, "bumping last_reviewed in the working tree records the review");
    }

    @Test
    void refChecksTheCommittedTreeNotTheWorkingTree() {
        repo.write("content/security.md", SECURITY.replace("team/access.md#mfa", "team/gone.md"));
        repo.commit("security: link to a policy that does not exist", "2026-06-10T10:00:00Z");
        repo.write("content/security.md", SECURITY);
        assertEquals(0, check().exitCode, "the working tree is fixed");
        TestSite atHead = check("--ref", "HEAD");
        assertEquals(1, atHead.exitCode);
        assertEquals("content/security.md:3:16: warning: text changed since the 2026-Q2 review (material: no word changed, but links or"
                + " images did) but last_reviewed is still 2026-06-01: set it to the review date once the change is"
                + " reviewed\n"
                + "content/security.md:10:5: error: link 'team/gone.md': no policy team/gone.md in the content folder\n",
                atHead.stdout);
        assertEquals("check: 1 error, 1 warning in 2 policies at HEAD\n", atHead.stderr);
        assertEquals(0, check("--ref", "HEAD~1").exitCode);
    }

    @Test
    void anUnknownRefIsAUserErrorWithoutATrace() {
        TestSite run = check("--ref", "nope");
        assertEquals(1, run.exitCode);
        assertEquals("error: unknown ref 'nope': no branch, tag or commit has that name\n", run.stderr);
    }

    @Test
    void jsonListsTheSameFindingsForTools() throws Exception {
        repo.write("content/security.md", SECURITY.replace("team/diagram.svg", "team/diagram.png"));
        TestSite run = check("--format", "json", "--today", "2027-05-20");
        assertEquals(1, run.exitCode);
        assertEquals("", run.stderr);
        JsonNode json = new ObjectMapper().readTree(run.stdout);
        assertEquals(1, json.get("errors").asInt());
        assertEquals(3, json.get("warnings").asInt(), "review overdue, and the image changed since the review");
        assertEquals(2, json.get("policies").asInt());
        JsonNode first = json.get("diagnostics").get(0);
        assertEquals("content/security.md", first.get("path").asText());
        assertEquals(3, first.get("line").asInt());
        assertEquals(16, first.get("column").asInt());
        assertEquals("warning", first.get("severity").asText());
        JsonNode image = json.get("diagnostics").get(2);
        assertEquals(10, image.get("line").asInt());
        assertEquals(46, image.get("column").asInt());
        assertEquals("error", image.get("severity").asText());
        assertEquals("image 'team/diagram.png': content/team/diagram.png does not exist", image.get("message").asText());
    }

    @Test
    void aFolderOutsideGitIsCheckedFromItsFrontMatter(@TempDir Path plain) throws Exception {
        java.nio.file.Files.createDirectories(plain.resolve("content"));
        java.nio.file.Files.writeString(plain.resolve("content/policy.md"),
                "---\ntitle: Policy\nlast_reviewed: 2026-01-01\n---\nSee [nothing](missing.md).\n");
        TestSite run = TestSite.run(plain, "check", "--repo", plain.toString(), "--today", "2026-07-01");
        assertEquals(1, run.exitCode);
        assertEquals(List.of(
                "content/policy.md:3:16: warning: review overdue since 2026-04-01 (last reviewed 2026-01-01, quarterly"
                        + " review cycle): review the policy and set last_reviewed to the review date",
                "content/policy.md:5:5: error: link 'missing.md': no policy missing.md in the content folder"),
                lines(run.stdout));
    }

    @Test
    void theSampleTrustCenterHasNoErrorsButRealWarnings() {
        TestSite run = TestSite.run(dir, "check", "--repo", ".", "--today", "2026-11-28");
        assertEquals(0, run.exitCode, run.stdout);
        assertFalse(run.stdout.contains(": error: "), run.stdout);
        assertTrue(run.stdout.contains("content/business-continuity.md:6:16: warning: review overdue since"), run.stdout);
        assertTrue(run.stdout.contains(": warning: review due in "), run.stdout);
        assertTrue(run.stdout.contains("content/subprocessors.md:6:16: warning: text changed since the 2026-Q3 review"),
                run.stdout);
    }

    private static List<String> errors(String text) {
        return lines(text).stream().filter(line -> line.contains(": error: ")).toList();
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    @Test
    void aSlugThatIsTheAddressOfOtherPagesIsAnErrorAsInBuild() {
        repo.write("content/search.md", SECURITY.replace("title: Security", "title: Search"));
        repo.write("content/security/history.md", ACCESS.replace("../security.md", "../../security.md"));
        TestSite run = check();
        assertEquals(1, run.exitCode);
        assertTrue(run.stdout.contains("content/search.md:1:1: error: policy slug 'search' is the address of the site's"
                + " search page (/search/): rename or move the file\n"), run.stdout);
        assertTrue(run.stdout.contains("content/security/history.md:1:1: error: policy slug 'security/history' is the"
                + " address of the pages of policy 'security' (/security/history/): rename or move the file\n"), run.stdout);
    }

    @Test
    void aFileThatWouldOverwriteAFileTheSiteWritesIsAnError() {
        repo.write("content/feed.xml", "<feed/>").write("content/security/index.html", "<p>old export</p>");
        TestSite run = check();
        assertEquals(1, run.exitCode);
        assertTrue(run.stdout.contains("content/feed.xml:1:1: error: this file would overwrite the site's own /feed.xml:"
                + " rename or move it\n"), run.stdout);
        assertTrue(run.stdout.contains("content/security/index.html:1:1: error: this file would overwrite a page or file of"
                + " policy 'security' (/security/index.html): rename or move it\n"), run.stdout);
    }
}
