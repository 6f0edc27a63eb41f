package dev.trustcenter.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.testing.TestRepo;
import dev.trustcenter.testing.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trustcenter diff} on a pull request: a branch off {@code main} that adds, removes, renames
 * and edits policies, with and without a review bump, while {@code main} moves on.
 */
class DiffCommandTest {

    @TempDir
    Path dir;
    TestRepo repo;

    private static String policy(String title, String reviewed, String body) {
        return "---\ntitle: " + title + "\nlast_reviewed: " + reviewed + "\n---\n" + body;
    }

    private static final String ENCRYPTION = "## Encryption\n\nData is encrypted with AES-128 at rest.\n\n"
            + "## Access\n\nStaff sign in with single sign-on.\n";

    @BeforeEach
    void pullRequest() {
        repo = TestRepo.init(dir.resolve("repo"));
        repo.write("content/security.md", policy("Security", "2026-01-10", ENCRYPTION))
                .write("content/privacy.md", policy("Privacy", "2026-01-10", "We collect little personal data and keep it briefly.\n"))
                .write("content/legacy.md", policy("Legacy", "2025-01-10", "An old policy nobody needs any more.\n"))
                .write("content/continuity.md", policy("Continuity", "2026-01-10",
                        "## Backups\n\nBackups run every night and are restored every quarter to prove they work.\n"))
                .write("content/retention.md", policy("Retention", "2026-01-10", "Logs are kept for one year.\n"));
        repo.commit("Add policies", "2026-01-10T10:00:00Z");
        repo.branch("review").checkout("review");
        repo.write("content/security.md", policy("Security", "2026-01-10", ENCRYPTION.replace("AES-128", "AES-256")))
                .write("content/privacy.md", policy("Privacy", "2026-04-02",
                        "We collect little personal data and keep it briefly.\n"))
                .delete("content/legacy.md")
                .move("content/continuity.md", "content/business-continuity.md")
                .write("content/vendors.md", policy("Vendors", "2026-04-02", "## Cloud\n\nWe host on one cloud provider.\n"));
        repo.commit("Quarterly review", "2026-04-02T10:00:00Z");
        repo.checkout("main");
        repo.write("content/retention.md", policy("Retention", "2026-01-10", "Logs are kept for two years.\n"));
        repo.commit("retention: keep logs longer", "2026-04-03T10:00:00Z");
        repo.checkout("review");
    }

    private TestSite diff(String... args) {
        List<String> all = new ArrayList<>(List.of("diff", "--repo", repo.dir().toString()));
        all.addAll(Arrays.asList(args));
        return TestSite.run(dir, all.toArray(String[]::new));
    }

    @Test
    void textListsEachPolicyAndWhatHappenedFromTheMergeBase() {
        TestSite run = diff("main..review");
        assertEquals(0, run.exitCode, run.stderr);
        List<String> lines = List.of(run.stdout.split("\n"));
        assertEquals("Policy changes main..review", lines.get(0));
        // main moved on after review branched off, so the older side is where they meet, named as such
        assertTrue(lines.get(1).startsWith("5 policies changed (merge base of main and review at "), lines.get(1));
        assertEquals(List.of(
                "  renamed  content/business-continuity.md  +0 −0     no text change, no review",
                "  removed  content/legacy.md               +0 −7     removed: stays on the site as retired",
                "  edited   content/privacy.md              +0 −0     review recorded: last_reviewed 2026-01-10 → 2026-04-02",
                "! edited   content/security.md             +1 −1     text changed without a last_reviewed bump",
                "  added    content/vendors.md              +7 −0     new policy, last_reviewed 2026-04-02"),
                lines.subList(3, 8));
        assertFalse(run.stdout.contains("retention"), "main's own later commit is not part of the pull request");
        assertFalse(run.stdout.contains("\u001b["), "no colour when not on a terminal");
        assertTrue(run.stdout.contains("=== Continuity (content/business-continuity.md): renamed from content/continuity.md"), run.stdout);
        assertTrue(run.stdout.contains("~ Data is encrypted with AES-[-128-]{+256+} at rest."), run.stdout);
        assertTrue(run.stdout.contains("! text changed without a last_reviewed bump: last_reviewed is still 2026-01-10."),
                run.stdout);
    }

    /** A pull request that reorganises the repository changes no policy by moving them. */
    @Test
    void aBranchThatMovesTheContentFolderShowsOnlyWhatItChangedInThePolicies() {
        repo.checkout("main").branch("move").checkout("move");
        for (String name : List.of("security", "privacy", "legacy", "continuity", "retention")) {
            repo.move("content/" + name + ".md", "docs/policies/" + name + ".md");
        }
        repo.write("docs/policies/privacy.md", policy("Privacy", "2026-01-10", "We collect little personal data and keep it briefly, as the law asks.\n"));
        repo.commit("Move the policies under docs/", "2026-04-05T10:00:00Z");
        TestSite run = diff("main..move", "--content", "docs/policies");
        assertEquals(0, run.exitCode, run.stderr);
        List<String> lines = List.of(run.stdout.split("\n"));
        assertTrue(lines.get(1).startsWith("1 policy changed"), run.stdout);
        assertTrue(lines.get(3).matches("! edited +docs/policies/privacy.md +\\+4 −0 +text changed without a last_reviewed bump"),
                lines.get(3));
    }

    @Test
    void aReviewDateMovedBackIsSaid() {
        repo.write("content/privacy.md", policy("Privacy", "2025-04-02", "We collect little personal data and keep it briefly.\n"));
        TestSite run = diff("--working-tree");
        assertTrue(run.stdout.contains("review recorded: last_reviewed 2026-04-02 → 2025-04-02 — moved back (a typo in the year?)"),
                run.stdout);
    }

    /** As the build will publish it: a fix marked editorial, then a commit that only records the review. */
    @Test
    void aPullRequestMarkedEditorialIsEditorialAsTheSiteWillSayIt() {
        repo.checkout("main").branch("wording").checkout("wording");
        repo.write("content/retention.md", policy("Retention", "2026-01-10", "Logs are retained for two years.\n"));
        repo.commit("retention: wording\n\nChange-Type: editorial", "2026-04-05T10:00:00Z");
        repo.write("content/retention.md", policy("Retention", "2026-04-06", "Logs are retained for two years.\n"));
        repo.commit("retention: 2026-Q2 review", "2026-04-06T10:00:00Z");
        String md = diff("--format", "markdown", "main..wording").stdout;
        assertTrue(md.contains("**Editorial change: 1 word added, 1 removed**"), md);
        repo.write("content/retention.md", policy("Retention", "2026-04-06", "Logs are kept for three years.\n"));
        repo.commit("retention: three years", "2026-04-07T10:00:00Z");
        assertTrue(diff("--format", "markdown", "main..wording").stdout.contains("**Material change"),
                "an unmarked text change makes it material");
    }

    @Test
    void aRepositoryWithoutCommitsSaysSo() {
        TestRepo empty = TestRepo.init(dir.resolve("empty"));
        empty.write("content/security.md", policy("Security", "2026-01-10", "Text.\n"));
        TestSite run = TestSite.run(dir, "diff", "--repo", empty.dir().toString(), "--working-tree");
        assertEquals(1, run.exitCode);
        assertTrue(run.stderr.contains("has no commits yet: commit the content folder first"), run.stderr);
    }

    @Test
    void aDeletedDraftIsNotSaidToStayOnTheSite() {
        repo.write("content/plan.md", "---\ntitle: Plan\nstatus: draft\n---\nNot ready.\n");
        repo.commit("Draft a plan", "2026-04-04T10:00:00Z");
        repo.delete("content/plan.md");
        repo.commit("Drop the plan", "2026-04-05T10:00:00Z");
        TestSite run = diff("HEAD~1..HEAD");
        assertEquals(0, run.exitCode, run.stderr);
        assertTrue(run.stdout.contains("removed: a draft, never published"), run.stdout);
        assertFalse(run.stdout.contains("retired"), run.stdout);
    }

    @Test
    void theDefaultRangeIsMainToHead() {
        assertEquals(diff("main..HEAD").stdout.replace("main..HEAD", "X"), diff().stdout.replace("main..HEAD", "X"));
        assertTrue(diff().stdout.startsWith("Policy changes main..HEAD\n5 policies changed"));
    }

    @Test
    void markdownLongerThanACommentDropsAddedFullTextsThenCutsAtALineAndSaysWhatIsNotShown() {
        StringBuilder sections = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            sections.append("## Control ").append(i).append("\n\nControl ").append(i).append(" is checked every quarter.\n\n");
        }
        repo.write("content/controls.md", policy("Controls", "2026-04-02", sections.toString()))
                .write("content/security.md", policy("Security", "2026-01-10",
                        ENCRYPTION.replace("AES-128", "AES-256") + "\n" + sections.toString().replace("Control", "Safeguard")));
        repo.commit("Add controls and safeguards", "2026-04-04T10:00:00Z");
        String whole = diff("--format", "markdown", "--max-length", "0", "main..review").stdout;
        assertTrue(whole.length() > 20_000, "the uncut comment: " + whole.length());
        assertTrue(whole.contains("\n#### Control 7 _(added)_\n\n> Control 7 is checked every quarter.\n"),
                "an added section's heading is its title, and its text is quoted: " + whole);
        assertEquals(whole, diff("--format", "markdown", "main..review").stdout, "the default limit leaves short comments alone");

        TestSite cut = diff("--format", "markdown", "--max-length", "4000", "main..review");
        String md = cut.stdout;
        assertTrue(md.length() <= 4000, md.length() + " characters");
        assertEquals("", cut.stderr);
        assertTrue(md.contains("| Controls | `content/controls.md` | added |"), "the table stays whole: " + md);
        assertTrue(md.contains("| Vendors | `content/vendors.md` | added |"), md);
        assertTrue(md.contains("\nAdded: 1600 words (full text not shown).\n"), "an added policy's full text goes first: " + md);
        assertFalse(md.contains("<details>"), md);
        String shown = md.substring(0, md.indexOf("\n_… the rest of this policy's changes are not shown._\n"));
        assertTrue(whole.contains(shown.substring(shown.indexOf("### Security"))), "cut at a line of the whole");
        assertTrue(shown.contains("- **Changed:** Data is encrypted with AES-<del>128</del><ins>256</ins> at rest."), md);
        assertTrue(md.endsWith("\n✂️ **Cut to fit a comment** (4,000 characters). Full text not shown: Controls."
                + " Shown in part: Security. Not shown: Vendors. Run `trustcenter diff` with `--format html` to see every"
                + " change.\n"), md);
        assertTrue(shown.endsWith("\n"), md);
        String lastLine = shown.substring(0, shown.length() - 1).substring(shown.lastIndexOf("\n", shown.length() - 2));
        assertTrue(lastLine.startsWith("\n- ") || lastLine.startsWith("\n> "),
                "the cut ends with a change, not a heading with nothing under it: " + md);

        String almost = diff("--format", "markdown", "--max-length", String.valueOf(whole.length() - 100), "main..review").stdout;
        assertTrue(almost.contains("\nAdded: 1600 words (full text not shown).\n"), "the largest full text goes: " + almost);
        assertTrue(almost.contains("<details><summary>Full text (7 words)</summary>"), "the others stay: " + almost);
        assertTrue(almost.endsWith("(" + String.format(java.util.Locale.ROOT, "%,d", whole.length() - 100) + " characters)."
                + " Full text not shown: Controls. Run `trustcenter diff` with `--format html` to see every change.\n"), almost);

        TestSite tiny = diff("--format", "markdown", "--max-length", "300", "main..review");
        assertTrue(tiny.stdout.contains("| Security | `content/security.md` | edited |"), "the table is written whole: " + tiny.stdout);
        assertTrue(tiny.stderr.startsWith("warning: the comment is "), tiny.stderr);
        assertTrue(tiny.stderr.contains("over --max-length 300"), tiny.stderr);
    }

    @Test
    void aCutInAChangedTableEndsWithARowUnderItsColumnNames() {
        StringBuilder rows = new StringBuilder("## Hosts\n\n| Host | Purpose |\n|---|---|\n");
        for (int i = 1; i <= 150; i++) {
            rows.append("| Host ").append(i).append(" | Hosting of region ").append(i).append(" |\n");
        }
        repo.write("content/hosts.md", policy("Hosts", "2026-04-02", rows.toString()));
        repo.commit("Add hosts", "2026-04-04T10:00:00Z");
        repo.write("content/hosts.md", policy("Hosts", "2026-04-06", rows.toString().replace("| Hosting of", "| Backup of")));
        repo.commit("Hosts: backups", "2026-04-06T10:00:00Z");

        String md = diff("--format", "markdown", "--max-length", "3000", "HEAD~1..HEAD").stdout;
        assertTrue(md.contains("\n#### Hosts\n\n| Change | Host | Purpose |\n|---|---|---|\n"
                + "| **Changed** | Host 1 | <del>Hosting</del><ins>Backup</ins> of region 1 |\n"), md);
        String shown = md.substring(0, md.indexOf("\n_… the rest of this policy's changes are not shown._\n"));
        String lastLine = shown.substring(shown.lastIndexOf("\n", shown.length() - 2) + 1);
        assertTrue(lastLine.matches("\\| \\*\\*Changed\\*\\* \\| Host \\d+ \\| .* \\|\n"), "cut after a whole row: " + md);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void markdownHasAHeadingASummaryTableAndAFlagForTheUnbumpedChange() {
        TestSite run = diff("--format", "markdown", "main..review");
        assertEquals(0, run.exitCode, run.stderr);
        String md = run.stdout;
        assertTrue(md.startsWith("## Policy changes main..review\n\n5 policies changed (merge base of main and review at "), md);
        assertTrue(md.contains("\n> ⚠️ **1 policy: text changed without a `last_reviewed` bump.**"), md);
        assertTrue(md.contains("| Policy | File | Change | Words | Review |\n|---|---|---|---|---|\n"), md);
        assertTrue(md.contains("| Continuity | `content/business-continuity.md` | renamed from"
                + " `content/continuity.md` | +0 −0 | no text change, no review |"), md);
        assertTrue(md.contains("| Security | `content/security.md` | edited | +1 −1 | ⚠️ text changed without a"
                + " `last_reviewed` bump |"), md);
        assertTrue(md.contains("| Privacy | `content/privacy.md` | edited | +0 −0 | review recorded: `last_reviewed`"
                + " 2026-01-10 → 2026-04-02 |"), md);
        assertTrue(md.contains("\n### Security\n"), md);
        assertTrue(md.contains("\n> ⚠️ **Text changed without a `last_reviewed` bump.** `last_reviewed` is still 2026-01-10."),
                md);
        assertTrue(md.contains("#### Encryption\n\n- **Changed:** Data is encrypted with AES-<del>128</del><ins>256</ins> at rest.\n"), md);
        assertTrue(md.contains("| last\\_reviewed | 2026-01-10 | 2026-04-02 |"), md);
        assertTrue(md.contains("<details><summary>Full text (7 words)</summary>"), md);
    }

    /** On a page of its own, a link to another policy's file leads nowhere: it names the file. */
    @Test
    void htmlNamesTheFileALinkToAnotherPolicyPointsTo() {
        repo.write("content/vendors.md", policy("Vendors", "2026-04-02",
                "We host on one cloud provider: see [our privacy notice](privacy.md#scope) and [the provider](https://cloud.test/).\n"));
        Element article = Jsoup.parse(diff("--format", "html", "--working-tree").stdout).selectFirst("article.policy-diff");
        assertTrue(article.select("a[href*=privacy.md]").isEmpty(), article.outerHtml());
        assertTrue(article.text().contains("our privacy notice (privacy.md#scope)"), article.text());
        assertEquals(1, article.select("a[href=https://cloud.test/]").size(), "an address of its own stays a link");
    }

    @Test
    void htmlIsOneSelfContainedPageWithTheSiteDiffPerPolicy() {
        TestSite run = diff("--format", "html", "main..review");
        assertEquals(0, run.exitCode, run.stderr);
        Document page = Jsoup.parse(run.stdout);
        assertEquals("Policy changes main..review", page.title());
        assertTrue(page.select("script, link[rel=stylesheet], img").isEmpty(), "nothing loaded from elsewhere");
        assertEquals(5, page.select("table.summary tbody tr").size());
        assertEquals(1, page.select("table.summary tr.unbumped").size());
        Element security = page.select("section").stream().filter(s -> s.selectFirst("h2").text().equals("Security"))
                .findFirst().orElseThrow();
        assertEquals("256", security.selectFirst("article.policy-diff ins").text());
        assertEquals("128", security.selectFirst("article.policy-diff del").text());
        assertNotNull(security.selectFirst("p.flag"));
        long ids = page.select("[id]").stream().map(Element::id).distinct().count();
        assertEquals(page.select("[id]").size(), ids, "ids stay unique across policies");
        for (Element link : page.select("a[href^=#]")) {
            assertNotNull(page.getElementById(link.attr("href").substring(1)), link.outerHtml());
        }
        String style = page.selectFirst("style").data();
        // the links to a moved block's other place are the only sign of a move: they must show
        assertFalse(style.contains(".diff-nav-links{display:none"), style);
        assertTrue(style.contains(".diff-list li.depth-1{margin-left:"), "nested list items are indented");
    }

    @Test
    void workingTreeComparesUncommittedEditsWithHead() {
        repo.write("content/privacy.md", policy("Privacy", "2026-04-02",
                "We collect little personal data and keep it for thirty days.\n"));
        TestSite run = diff("--working-tree");
        assertEquals(0, run.exitCode, run.stderr);
        assertTrue(run.stdout.startsWith("Policy changes HEAD..working tree\n1 policy changed (HEAD at "), run.stdout);
        assertTrue(run.stdout.contains("! edited   content/privacy.md  +3 −1     text changed without a last_reviewed bump"),
                run.stdout);
    }

    @Test
    void workingTreeFollowsAnUncommittedRename() {
        repo.move("content/vendors.md", "content/suppliers.md");
        TestSite run = diff("--working-tree");
        assertEquals(0, run.exitCode, run.stderr);
        assertTrue(run.stdout.contains("  renamed  content/suppliers.md  +0 −0     no text change, no review"), run.stdout);
        assertTrue(run.stdout.contains("=== Vendors (content/suppliers.md): renamed from content/vendors.md"), run.stdout);
    }

    @Test
    void onlyTheProposedTextIsWarnedAbout() {
        // the base had the broken date; the change fixes it: nothing for the writer to act on
        repo.write("content/privacy.md", policy("Privacy", "2026-04-31", "We collect little personal data and keep it briefly.\n"));
        repo.commit("privacy: a date that does not exist", "2026-04-05T10:00:00Z");
        repo.write("content/privacy.md", policy("Privacy", "2026-04-30", "We collect little personal data and keep it briefly.\n"));
        TestSite run = diff("--working-tree");
        assertEquals(0, run.exitCode);
        assertEquals("", run.stderr);
        assertTrue(run.stdout.contains("  edited   content/privacy.md  +0 −0     review recorded"), run.stdout);
    }

    @Test
    void anInvalidReviewDateIsAWarningAndRecordsNoReview() {
        repo.write("content/privacy.md", policy("Privacy", "2026-04-31", "We collect little personal data and keep it briefly.\n"));
        TestSite run = diff("--working-tree");
        assertEquals(0, run.exitCode);
        assertEquals("content/privacy.md:3:16: warning: last_reviewed '2026-04-31' is not a date (expected YYYY-MM-DD,"
                + " e.g. 2024-03-31)\n", run.stderr);
        assertTrue(run.stdout.contains("  edited   content/privacy.md  +0 −0     last_reviewed removed or not a date"),
                run.stdout);
    }

    @Test
    void aBranchOffTheTipOfMainNamesMainItself() {
        repo.checkout("main").branch("fresh").checkout("fresh");
        String mainTip = repo.head();
        repo.write("content/privacy.md", policy("Privacy", "2026-05-02", "We collect little personal data.\n"));
        repo.commit("privacy review", "2026-05-02T10:00:00Z");
        String second = diff("main..fresh").stdout.split("\n")[1];
        assertTrue(second.startsWith("1 policy changed (main at " + mainTip.substring(0, 7) + " → fresh at "), second);
        String byHash = diff(mainTip + "..fresh").stdout.split("\n")[1];
        assertTrue(byHash.startsWith("1 policy changed (" + mainTip.substring(0, 7) + " → fresh at "), byHash);
    }

    @Test
    void aPolicyWithoutReviewDatesIsNotFlaggedForAnUnbumpedChange() {
        repo.checkout("main").branch("plain").checkout("plain");
        repo.write("content/plain.md", "# Plain\n\nNo front matter at all.\n");
        repo.commit("add plain", "2026-05-01T10:00:00Z");
        repo.branch("plain-edit").checkout("plain-edit");
        repo.write("content/plain.md", "# Plain\n\nNo front matter at all, edited.\n");
        repo.commit("edit plain", "2026-05-02T10:00:00Z");
        TestSite run = diff("plain..plain-edit");
        assertEquals(0, run.exitCode, run.stderr);
        assertFalse(run.stdout.contains("without a last_reviewed bump"), run.stdout);
        assertTrue(run.stdout.contains("no last_reviewed: the site counts each revision as a review"), run.stdout);
        assertFalse(diff("--format", "markdown", "plain..plain-edit").stdout.contains("⚠️"));
    }

    @Test
    void aRangeWithNoPolicyChangesSaysSo() {
        TestSite run = diff("review..review");
        assertEquals(0, run.exitCode);
        assertTrue(run.stdout.contains("No policy changed"), run.stdout);
    }

    @Test
    void anUnknownRefIsAClearErrorWithoutATrace() {
        TestSite run = diff("main..nope");
        assertEquals(1, run.exitCode);
        assertEquals("error: unknown ref 'nope': no branch, tag or commit has that name\n", run.stderr);
        assertEquals("", run.stdout);
    }

    @Test
    void aFolderOutsideGitIsAClearError(@TempDir Path plain) {
        TestSite run = TestSite.run(plain, "diff", "--repo", plain.toString());
        assertEquals(1, run.exitCode);
        assertTrue(run.stderr.startsWith("error: '") && run.stderr.contains("is not in a git repository"), run.stderr);
    }

    @Test
    void aContentFolderOnNeitherSideIsAnErrorNamingIt() {
        TestSite typo = diff("--content", "contnet", "main..review");
        assertEquals(1, typo.exitCode);
        assertEquals("error: content folder 'contnet' not found at main nor at review: give the folder that holds"
                + " the policies with --content PATH\n", typo.stderr);
        assertEquals("", typo.stdout);
        TestSite disk = diff("--content", "contnet", "--working-tree");
        assertEquals(1, disk.exitCode);
        assertEquals("error: content folder 'contnet' not found at HEAD nor in the working tree: give the folder that"
                + " holds the policies with --content PATH\n", disk.stderr);
    }

    @Test
    void aContentFolderOnOneSideOnlyAddsOrRemovesEveryPolicy() {
        repo.move("content/vendors.md", "policies/vendors.md");
        repo.commit("Start a policies folder", "2026-04-05T10:00:00Z");
        TestSite added = diff("--content", "policies", "HEAD~1..HEAD");
        assertEquals(0, added.exitCode, added.stderr);
        assertTrue(added.stdout.contains("  added    policies/vendors.md"), added.stdout);
        repo.delete("policies/vendors.md").delete("policies");
        TestSite deletedOnDisk = diff("--content", "policies", "--working-tree");
        assertEquals(0, deletedOnDisk.exitCode, deletedOnDisk.stderr);
        assertTrue(deletedOnDisk.stdout.contains("  removed  policies/vendors.md"), deletedOnDisk.stdout);
        repo.commit("Back to one folder", "2026-04-06T10:00:00Z");
        TestSite removed = diff("--content", "policies", "HEAD~1..HEAD");
        assertEquals(0, removed.exitCode, removed.stderr);
        assertTrue(removed.stdout.contains("  removed  policies/vendors.md"), removed.stdout);
    }

    @Test
    void aShallowCloneWithoutTheMergeBaseSaysHowToFetchIt() {
        // all branches, newest commit only: origin/main is there, where review branched off is not
        try (TestRepo clone = repo.shallowClone(dir.resolve("shallow"), 1)) {
            String shallow = "this is a shallow clone: history is incomplete. Run `git fetch --unshallow`, or set"
                    + " `fetch-depth: 0` in CI (actions/checkout)\n";
            TestSite byDefault = TestSite.run(dir, "diff", "--repo", clone.dir().toString());
            assertEquals(1, byDefault.exitCode);
            assertEquals("error: no merge base of 'origin/main' and 'HEAD' to compare with: " + shallow, byDefault.stderr);
            TestSite explicit = TestSite.run(dir, "diff", "--repo", clone.dir().toString(), "origin/main..HEAD");
            assertEquals(byDefault.stderr, explicit.stderr);
        }
    }

    @Test
    void aSingleBranchCloneSaysHowToFetchMain() {
        try (TestRepo clone = repo.singleBranchClone(dir.resolve("single"), "review")) {
            TestSite byDefault = TestSite.run(dir, "diff", "--repo", clone.dir().toString());
            assertEquals(1, byDefault.exitCode);
            assertEquals("error: no branch 'main' (nor 'origin/main') to compare with: fetch it with"
                    + " `git fetch origin main:refs/remotes/origin/main`, or give the range, e.g."
                    + " `trustcenter diff master..HEAD`\n", byDefault.stderr);
            TestSite explicit = TestSite.run(dir, "diff", "--repo", clone.dir().toString(), "origin/main..HEAD");
            assertEquals("error: unknown ref 'origin/main': no branch, tag or commit has that name; fetch it with"
                    + " `git fetch origin main:refs/remotes/origin/main`\n", explicit.stderr);
        }
    }

    @Test
    void aNewDraftSaysInEveryFormatThatItIsNotPublished() {
        repo.write("content/cookies.md", "---\ntitle: Cookies\nstatus: draft\n---\nWe use cookies.\n");
        repo.commit("Draft cookies", "2026-04-05T10:00:00Z");
        String md = diff("--format", "markdown", "HEAD~1..HEAD").stdout;
        assertTrue(md.contains("| Cookies | `content/cookies.md` | added (draft: not published) | +3 −0 | new policy |"), md);
        assertTrue(md.contains("`content/cookies.md` — added (draft: not published)\n"), md);
        assertTrue(diff("HEAD~1..HEAD").stdout.contains("  added    content/cookies.md  +3 −0     new policy; draft: not published\n"));
        assertTrue(Jsoup.parse(diff("--format", "html", "HEAD~1..HEAD").stdout).selectFirst("table.summary td:eq(2)")
                .text().equals("added (draft: not published)"));
    }

    @Test
    void aDraftPublishedShowsItsWholeTextAsNewToReaders() {
        repo.write("content/cookies.md", "---\ntitle: Cookies\nstatus: draft\nlast_reviewed: 2026-04-05\n---\nWe use cookies.\n");
        repo.commit("Draft cookies", "2026-04-05T10:00:00Z");
        repo.write("content/cookies.md", "---\ntitle: Cookies\nlast_reviewed: 2026-04-05\n---\nWe use cookies.\n");
        repo.commit("Publish cookies", "2026-04-06T10:00:00Z");

        String md = diff("--format", "markdown", "HEAD~1..HEAD").stdout;
        assertTrue(md.contains("| Cookies | `content/cookies.md` | edited, published (was a draft) | +3 −0 |"
                + " new to readers, `last_reviewed` 2026-04-05 |"), md);
        assertTrue(md.contains("<details><summary>Full text (3 words)</summary>"), md);
        assertTrue(md.contains("- **Added:** We use cookies.\n"), md);
        assertTrue(md.contains("| status | draft | published |"), md);
        assertFalse(md.contains("No text changes") || md.contains("⚠️"), "the same text, but new to readers: " + md);

        String text = diff("HEAD~1..HEAD").stdout;
        assertTrue(text.contains("  edited   content/cookies.md  +3 −0     new to readers, last_reviewed 2026-04-05;"
                + " published (was a draft)\n"), text);
        assertTrue(text.contains("=== Cookies (content/cookies.md): edited, published (was a draft)\npublished: 3 words new to readers\n"),
                text);

        Document html = Jsoup.parse(diff("--format", "html", "HEAD~1..HEAD").stdout);
        assertEquals("edited, published (was a draft)", html.selectFirst("table.summary td:eq(2)").text());
        assertEquals("We use cookies.", html.selectFirst("details article.policy-diff ins").text());
    }

    @Test
    void aPublishedPolicyRetiredOrMadeADraftSaysSoInTheSummary() {
        repo.write("content/privacy.md", "---\ntitle: Privacy\nlast_reviewed: 2026-04-02\nstatus: retired\n---\n"
                        + "We collect little personal data and keep it briefly.\n")
                .write("content/security.md", "---\ntitle: Security\nlast_reviewed: 2026-01-10\nstatus: draft\n---\n" + ENCRYPTION);
        repo.commit("Retire privacy, rework security", "2026-04-05T10:00:00Z");
        String md = diff("--format", "markdown", "HEAD~1..HEAD").stdout;
        assertTrue(md.contains("| Privacy | `content/privacy.md` | edited, retired (was published) |"), md);
        assertTrue(md.contains("| Security | `content/security.md` | edited, set to draft (was published): the site keeps"
                + " showing the last published version |"), md);
    }

    @Test
    void aPipeInAPathStaysInItsCellAndOneWordIsOneWord() {
        repo.write("content/a|b.md", policy("Pipes", "2026-04-05", "Hello.\n")).delete("content/retention.md");
        repo.write("content/retention.md", policy("Retention", "2026-01-10", "Kept.\n"));
        repo.commit("Pipes; shorter retention", "2026-04-05T10:00:00Z");
        repo.delete("content/retention.md");
        repo.commit("Drop retention", "2026-04-06T10:00:00Z");
        String md = diff("--format", "markdown", "HEAD~2..HEAD").stdout;
        assertTrue(md.contains("| Pipes | `content/a\\|b.md` | added | +1 −0 |"), md);
        assertTrue(md.contains("\n`content/a|b.md` — added\n"), "outside a table no backslash: " + md);
        assertTrue(md.contains("<details><summary>Full text (1 word)</summary>"), md);
        assertTrue(diff("HEAD~1..HEAD").stdout.contains("\nremoved: 1 word\n"));
        assertTrue(diff("HEAD~2..HEAD~1").stdout.contains("\nnew policy: 1 word\n"));
        assertTrue(diff("--format", "markdown", "HEAD~1..HEAD").stdout.contains("\nRemoved: 1 word.\n"));
    }

    @Test
    void changedSiteSettingsAreListedInEveryFormatWithWhatTheReviewCycleMoves() {
        repo.write("content/_index.md", "---\ncompany: Acme\ntitle: Acme Trust\nreview_cycle: quarterly\n---\nWelcome.\n");
        repo.commit("Site settings", "2026-04-05T10:00:00Z");
        repo.write("content/_index.md", "---\ncompany: Acme Holdings\ntitle: Acme Trust\nreview_cycle: annual\n---\nWelcome, all.\n");
        repo.commit("Annual reviews", "2026-04-06T10:00:00Z");

        TestSite text = diff("HEAD~1..HEAD");
        assertEquals(0, text.exitCode, text.stderr);
        assertTrue(text.stdout.contains("No policy changed"), text.stdout);
        assertTrue(text.stdout.endsWith("\nSite settings (_index.md)\n  company: Acme → Acme Holdings\n"
                + "  review_cycle: quarterly → annual — moves the next review of every policy that has no review_cycle"
                + " of its own\n  the home page introduction changed\n"), text.stdout);

        String md = diff("--format", "markdown", "HEAD~1..HEAD").stdout;
        assertTrue(md.contains("\n### Site settings (`_index.md`)\n\n- `company`: Acme → Acme Holdings\n"
                + "- `review_cycle`: quarterly → annual — moves the next review of every policy that has no"
                + " `review_cycle` of its own\n- the home page introduction changed\n"), md);
        assertFalse(md.contains("`title`"), "an unchanged setting is not listed: " + md);

        Document html = Jsoup.parse(diff("--format", "html", "HEAD~1..HEAD").stdout);
        assertEquals(List.of("company: Acme → Acme Holdings",
                "review_cycle: quarterly → annual — moves the next review of every policy that has no review_cycle of its own",
                "the home page introduction changed"), html.select("section.settings li").eachText());

        assertFalse(diff("HEAD~2..HEAD~1").stdout.contains("review_cycle"), "no review_cycle on either side"
                + " (the default, quarterly, both times)");
        assertFalse(diff("HEAD~3..HEAD~2").stdout.contains("Site settings"), "_index.md untouched");
    }

    @Test
    void aRangeAndWorkingTreeTogetherAreRefused() {
        TestSite run = diff("--working-tree", "main..HEAD");
        assertEquals(1, run.exitCode);
        assertTrue(run.stderr.contains("either a range or --working-tree"), run.stderr);
    }
}
