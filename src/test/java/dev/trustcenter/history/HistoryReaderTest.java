package dev.trustcenter.history;

import dev.trustcenter.diag.UserException;
import dev.trustcenter.history.RawRevision.ChangeKind;
import dev.trustcenter.testing.TestRepo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryReaderTest {

    /** Policies: Markdown files whose name does not start with an underscore. */
    static final Predicate<String> POLICIES = p -> p.endsWith(".md") && !p.substring(p.lastIndexOf('/') + 1).startsWith("_");

    @TempDir
    Path tmp;
    TestRepo repo;

    @BeforeEach
    void createRepo() {
        repo = TestRepo.init(tmp.resolve("repo"));
    }

    @AfterEach
    void closeRepo() {
        repo.close();
    }

    @Test
    void aPolicyEditedOverThreeCommitsIsOneLineageOfThreeRevisionsOldestFirst() {
        repo.write("content/security.md", "# Security\n\nv1\n");
        String first = repo.commit("Add security policy", "2023-01-10T09:00:00Z");
        repo.as("Bob Reviewer", "bob@example.com").write("content/security.md", "# Security\n\nv2\n");
        String second = repo.commit("Review security policy\n\nReviewed-by: Carol", "2023-04-11T09:00:00Z");
        repo.as("Alice Author", "alice@example.com").write("content/security.md", "# Security\n\nv3\n");
        String third = repo.commit("Tighten passwords", "2023-07-12T09:00:00Z");

        try (RepositoryHistory history = read(null)) {
            FileLineage lineage = single(history.lineages());
            assertEquals(List.of(first, second, third), commitIds(lineage));
            assertEquals(List.of(ChangeKind.ADDED, ChangeKind.MODIFIED, ChangeKind.MODIFIED),
                    lineage.revisions().stream().map(RawRevision::kind).toList());
            CommitInfo review = lineage.revisions().get(1).commit();
            assertEquals("Review security policy", review.subject());
            assertTrue(review.message().contains("Reviewed-by: Carol"));
            assertEquals("Bob Reviewer", review.authorName());
            assertEquals("bob@example.com", review.committerEmail());
            assertEquals(Instant.parse("2023-04-11T09:00:00Z"), review.time());
            assertEquals("# Security\n\nv1\n", text(history, lineage.revisions().get(0)));
            assertEquals("security.md", lineage.latest().contentPath());
            assertEquals("content/security.md", lineage.latest().path());
            assertNull(lineage.deletedBy());
            assertEquals(third, history.builtCommit());
            assertEquals(RepositoryHistory.Mode.GIT, history.mode());
        }
    }

    @Test
    void aRenameWithASmallEditKeepsTheWholeHistoryInOneLineage() {
        String body = policyBody("Security");
        repo.write("content/security.md", body);
        String added = repo.commit("Add security policy", "2023-01-10T09:00:00Z");
        repo.write("content/security.md", body + "\nAll laptops are encrypted.\n");
        String edited = repo.commit("Edit", "2023-02-10T09:00:00Z");
        repo.move("content/security.md", "content/security-policy.md")
                .write("content/security-policy.md", body + "\nAll laptops and phones are encrypted.\n");
        String renamed = repo.commit("Rename security policy", "2023-03-10T09:00:00Z");

        try (RepositoryHistory history = read(null)) {
            FileLineage lineage = single(history.lineages());
            assertEquals(List.of(added, edited, renamed), commitIds(lineage));
            assertEquals(List.of("security.md", "security.md", "security-policy.md"), contentPaths(lineage));
            assertEquals(ChangeKind.RENAMED, lineage.latest().kind());
        }
    }

    @Test
    void aPureRenameKeepsTheWholeHistoryInOneLineage() {
        repo.write("content/security.md", policyBody("Security"));
        String added = repo.commit("Add", "2023-01-10T09:00:00Z");
        repo.move("content/security.md", "content/security-policy.md");
        String renamed = repo.commit("Rename", "2023-02-10T09:00:00Z");

        try (RepositoryHistory history = read(null)) {
            FileLineage lineage = single(history.lineages());
            assertEquals(List.of(added, renamed), commitIds(lineage));
            assertEquals(lineage.revisions().get(0).blobId(), lineage.latest().blobId());
            assertEquals("content/security-policy.md", lineage.latest().path());
        }
    }

    @Test
    void aDeletedPolicyKeepsItsRevisionsAndNamesTheDeletingCommit() {
        repo.write("content/old.md", "old v1\n").write("content/kept.md", "kept\n");
        String added = repo.commit("Add", "2023-01-10T09:00:00Z");
        repo.write("content/old.md", "old v2\n");
        String edited = repo.commit("Edit", "2023-02-10T09:00:00Z");
        repo.delete("content/old.md");
        String deleted = repo.commit("Retire old policy", "2023-03-10T09:00:00Z");

        try (RepositoryHistory history = read(null)) {
            assertEquals(List.of("kept.md", "old.md"), latestPaths(history));
            FileLineage old = history.lineages().get(1);
            assertEquals(List.of(added, edited), commitIds(old));
            assertEquals(deleted, old.deletedBy().id());
            assertEquals("Retire old policy", old.deletedBy().subject());
            assertNull(history.lineages().get(0).deletedBy());
            assertEquals(List.of("kept.md"), contentPaths(history.filesAtBuiltCommit()));
        }
    }

    @Test
    void aPolicyDeletedAndCreatedAgainIsTwoLineages() {
        repo.write("content/a.md", "first life\n");
        String born = repo.commit("Add", "2023-01-10T09:00:00Z");
        repo.delete("content/a.md");
        String died = repo.commit("Remove", "2023-02-10T09:00:00Z");
        repo.write("content/a.md", "second life\n");
        String reborn = repo.commit("Add again", "2023-03-10T09:00:00Z");

        try (RepositoryHistory history = read(null)) {
            assertEquals(2, history.lineages().size());
            assertEquals(List.of(born), commitIds(history.lineages().get(0)));
            assertEquals(died, history.lineages().get(0).deletedBy().id());
            assertEquals(List.of(reborn), commitIds(history.lineages().get(1)));
            assertNull(history.lineages().get(1).deletedBy());
        }
    }

    @Test
    void aMergedBranchShowsUpAsTheMergeCommitOnly() {
        repo.write("content/security.md", "v1\n");
        String added = repo.commit("Add", "2023-01-10T09:00:00Z");
        repo.branch("review").checkout("review");
        repo.write("content/security.md", "v2\n");
        String onBranch1 = repo.commit("Draft review", "2023-02-10T09:00:00Z");
        repo.write("content/security.md", "v3\n");
        String onBranch2 = repo.commit("Fix typo", "2023-02-11T09:00:00Z");
        repo.checkout("main");
        repo.write("README.md", "unrelated\n");
        repo.commit("Readme", "2023-02-12T09:00:00Z");
        String merge = repo.merge("review", "Merge pull request #1 from review", "2023-02-13T09:00:00Z");

        try (RepositoryHistory history = read(null)) {
            FileLineage lineage = single(history.lineages());
            assertEquals(List.of(added, merge), commitIds(lineage));
            assertTrue(!commitIds(lineage).contains(onBranch1) && !commitIds(lineage).contains(onBranch2));
            assertEquals("v3\n", text(history, lineage.latest()));
            assertEquals("Merge pull request #1 from review", lineage.latest().commit().subject());
            assertEquals(List.of(onBranch1, onBranch2), lineage.latest().commit().merged().stream().map(CommitInfo::id).toList(),
                    "the merge carries the branch's commits, oldest first");
        }
    }

    @Test
    void filesOutsideTheContentFolderAreIgnored() {
        repo.write("content/security.md", "v1\n").write("docs/notes.md", "x\n").write("contentious.md", "x\n");
        repo.commit("Add", "2023-01-10T09:00:00Z");
        repo.write("docs/notes.md", "y\n").write("contentious.md", "y\n");
        repo.commit("Edit outside", "2023-02-10T09:00:00Z");

        try (RepositoryHistory history = read(null)) {
            assertEquals(List.of("security.md"), latestPaths(history));
            assertEquals(1, history.lineages().get(0).revisions().size());
            assertEquals(List.of("security.md"), contentPaths(history.filesAtBuiltCommit()));
            assertEquals("content", history.contentRoot());
        }
    }

    @Test
    void filesTheRequestDoesNotTrackGetNoLineageButAreListedAtTheBuiltCommit() {
        repo.write("content/_index.md", "title: Trust\n").write("content/logo.svg", "<svg/>")
                .write("content/security.md", "v1\n");
        repo.commit("Add", "2023-01-10T09:00:00Z");
        repo.write("content/_index.md", "title: Trust center\n");
        repo.commit("Rename site", "2023-02-10T09:00:00Z");

        try (RepositoryHistory history = read(null)) {
            assertEquals(List.of("security.md"), latestPaths(history));
            assertEquals(List.of("_index.md", "logo.svg", "security.md"), contentPaths(history.filesAtBuiltCommit()));
            SnapshotFile index = history.filesAtBuiltCommit().get(0);
            assertEquals("title: Trust center\n", new String(history.blobs().read(index.blobId()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void nestedFoldersKeepTheirContentRelativePaths() {
        repo.write("content/security/access-control.md", "v1\n").write("content/privacy.md", "p\n");
        repo.commit("Add", "2023-01-10T09:00:00Z");
        repo.write("content/security/access-control.md", "v2\n");
        repo.commit("Edit", "2023-02-10T09:00:00Z");

        try (RepositoryHistory history = read(null)) {
            assertEquals(List.of("privacy.md", "security/access-control.md"), latestPaths(history));
            FileLineage nested = history.lineages().get(1);
            assertEquals(2, nested.revisions().size());
            assertEquals("content/security/access-control.md", nested.latest().path());
        }
    }

    @Test
    void contentAtTheRepositoryRootIsRead() {
        repo.write("security.md", "v1\n").write("sub/privacy.md", "p\n");
        repo.commit("Add", "2023-01-10T09:00:00Z");

        try (RepositoryHistory history = HistoryReader.read(new HistoryRequest(repo.dir(), null, ".", POLICIES))) {
            assertEquals("", history.contentRoot());
            assertEquals(List.of("security.md", "sub/privacy.md"), latestPaths(history));
            assertEquals("sub/privacy.md", history.lineages().get(1).latest().path());
        }
    }

    @Test
    void aRefSelectsAnotherBranch() {
        repo.write("content/security.md", "v1\n");
        String added = repo.commit("Add", "2023-01-10T09:00:00Z");
        repo.branch("draft").checkout("draft");
        repo.write("content/security.md", "draft\n").write("content/new.md", "new\n");
        String draft = repo.commit("Draft", "2023-02-10T09:00:00Z");
        repo.tag("v1-draft").checkout("main");

        try (RepositoryHistory history = read("draft")) {
            assertEquals(draft, history.builtCommit());
            assertEquals(List.of("new.md", "security.md"), latestPaths(history));
            assertEquals(List.of(added, draft), commitIds(history.lineages().get(1)));
        }
        try (RepositoryHistory history = read(added.substring(0, 10))) {
            assertEquals(added, history.builtCommit());
        }
        try (RepositoryHistory history = read("v1-draft")) {
            assertEquals(draft, history.builtCommit());
        }
    }

    @Test
    void anUnknownRefIsAUserError() {
        repo.write("content/security.md", "v1\n");
        repo.commit("Add", "2023-01-10T09:00:00Z");

        UserException e = assertThrows(UserException.class, () -> read("no-such-branch"));
        assertTrue(e.getMessage().startsWith("unknown ref 'no-such-branch'"), e.getMessage());
    }

    @Test
    void aContentFolderMissingAtTheRefIsAUserError() {
        repo.write("docs/readme.md", "x\n");
        repo.commit("Add", "2023-01-10T09:00:00Z");

        UserException e = assertThrows(UserException.class, () -> read(null));
        assertEquals("content folder 'content' not found at HEAD", e.getMessage());
    }

    @Test
    void aShallowCloneIsRefusedWithHowToFixIt() {
        repo.write("content/security.md", "v1\n");
        repo.commit("Add", "2023-01-10T09:00:00Z");
        repo.write("content/security.md", "v2\n");
        repo.commit("Edit", "2023-02-10T09:00:00Z");

        try (TestRepo clone = repo.shallowClone(tmp.resolve("clone"), 1)) {
            UserException e = assertThrows(UserException.class,
                    () -> HistoryReader.read(new HistoryRequest(clone.dir(), null, "content", POLICIES)));
            assertTrue(e.getMessage().startsWith("this is a shallow clone: history is incomplete."), e.getMessage());
            assertTrue(e.getMessage().contains("git fetch --unshallow") && e.getMessage().contains("fetch-depth: 0"));
        }
    }

    @Test
    void aFolderOutsideGitIsReadAsAPlainFolder() {
        Path site = tmp.resolve("plain");
        write(site.resolve("content/security.md"), "# Security\n");
        write(site.resolve("content/_index.md"), "title: x\n");
        write(site.resolve("content/security/access.md"), "# Access\n");

        try (RepositoryHistory history = HistoryReader.read(new HistoryRequest(site, null, "content", POLICIES))) {
            assertEquals(RepositoryHistory.Mode.PLAIN_FOLDER, history.mode());
            assertNull(history.builtCommit());
            assertEquals(List.of("security.md", "security/access.md"), latestPaths(history));
            FileLineage security = history.lineages().get(0);
            assertEquals(1, security.revisions().size());
            RawRevision only = security.latest();
            assertNull(only.commit());
            assertEquals(ChangeKind.ADDED, only.kind());
            assertEquals("# Security\n", text(history, only));
            assertEquals(List.of("_index.md", "security.md", "security/access.md"),
                    contentPaths(history.filesAtBuiltCommit()));
        }
    }

    @Test
    void uncommittedChangesUnderTheContentFolderAreListed() {
        repo.write(".gitignore", "*.tmp\n").write("content/security.md", "v1\n").write("content/gone.md", "x\n")
                .write("content/same.md", "s\n");
        repo.commit("Add", "2023-01-10T09:00:00Z");
        repo.write("content/security.md", "edited on disk\n").write("content/new.md", "new\n").delete("content/gone.md")
                .write("content/drafts/draft.md", "d\n").write("content/scratch.tmp", "ignored\n")
                .write("elsewhere.md", "outside\n");

        try (RepositoryHistory history = read(null)) {
            assertEquals(List.of("drafts/draft.md", "gone.md", "new.md", "security.md"), history.uncommittedPaths());
            assertEquals("v1\n", text(history, history.lineages().get(history.lineages().size() - 1).latest()));
        }
        try (RepositoryHistory history = read("main")) {
            assertEquals(4, history.uncommittedPaths().size(), "a branch name pointing at HEAD's commit counts as HEAD");
        }
    }

    @Test
    void uncommittedChangesAreNotReportedWhenBuildingAnotherCommit() {
        repo.write("content/security.md", "v1\n");
        String first = repo.commit("Add", "2023-01-10T09:00:00Z");
        repo.write("content/security.md", "v2\n");
        repo.commit("Edit", "2023-02-10T09:00:00Z");
        repo.write("content/security.md", "v3 on disk\n");

        try (RepositoryHistory history = read(first)) {
            assertEquals(List.of(), history.uncommittedPaths());
        }
    }

    @Test
    void theRepositoryIsFoundFromAFolderInsideIt() {
        repo.write("content/security.md", "v1\n");
        repo.commit("Add", "2023-01-10T09:00:00Z");

        var request = new HistoryRequest(repo.dir().resolve("content"), null, "content", POLICIES);
        try (RepositoryHistory history = HistoryReader.read(request)) {
            assertEquals(List.of("security.md"), latestPaths(history));
        }
    }

    @Test
    void aPolicyRenamedToAnUntrackedNameIsDeletedByThatCommit() {
        repo.write("content/security.md", policyBody("Security"));
        repo.commit("Add", "2023-01-10T09:00:00Z");
        repo.move("content/security.md", "content/_security.md");
        String retired = repo.commit("Make it a draft", "2023-02-10T09:00:00Z");

        try (RepositoryHistory history = read(null)) {
            FileLineage lineage = single(history.lineages());
            assertEquals(retired, lineage.deletedBy().id());
            assertEquals("security.md", lineage.latest().contentPath());
        }
    }

    @Test
    void theWorkingTreeListsFilesOnDiskExceptIgnoredOnes() {
        repo.write(".gitignore", "*.tmp\n").write("content/security.md", "v1\n").write("content/gone.md", "x\n");
        repo.commit("Add", "2023-01-10T09:00:00Z");
        repo.write("content/security.md", "on disk\n").write("content/drafts/new.md", "new\n")
                .write("content/scratch.tmp", "ignored\n").delete("content/gone.md");

        try (WorkingTree tree = HistoryReader.workingTree(new HistoryRequest(repo.dir(), null, "content", POLICIES))) {
            assertEquals(List.of("drafts/new.md", "security.md"), contentPaths(tree.files()));
            SnapshotFile security = tree.files().get(1);
            assertEquals("on disk\n", new String(tree.blobs().read(security.blobId()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void blobsCanBeReadFromSeveralThreadsAtOnce() {
        for (int i = 0; i < 20; i++) {
            repo.write("content/p" + i + ".md", ("policy " + i + "\n").repeat(100));
        }
        repo.commit("Add", "2023-01-10T09:00:00Z");

        try (RepositoryHistory history = read(null)) {
            List<String> sequential = history.lineages().stream().map(l -> text(history, l.latest())).toList();
            List<String> parallel = history.lineages().parallelStream().map(l -> text(history, l.latest())).toList();
            assertEquals(sequential, parallel);
            assertThrows(IllegalArgumentException.class, () -> history.blobs().read("worktree:p1.md"));
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    private RepositoryHistory read(String ref) {
        return HistoryReader.read(new HistoryRequest(repo.dir(), ref, "content", POLICIES));
    }

    private static FileLineage single(List<FileLineage> lineages) {
        assertEquals(1, lineages.size(), () -> "lineages: " + lineages);
        return lineages.get(0);
    }

    private static List<String> commitIds(FileLineage lineage) {
        return lineage.revisions().stream().map(r -> r.commit().id()).toList();
    }

    private static List<String> contentPaths(FileLineage lineage) {
        return lineage.revisions().stream().map(RawRevision::contentPath).toList();
    }

    private static List<String> contentPaths(List<SnapshotFile> files) {
        return files.stream().map(SnapshotFile::contentPath).toList();
    }

    private static List<String> latestPaths(RepositoryHistory history) {
        return history.lineages().stream().map(l -> l.latest().contentPath()).toList();
    }

    private static String text(RepositoryHistory history, RawRevision revision) {
        return new String(history.blobs().read(revision.blobId()), StandardCharsets.UTF_8);
    }

    /** Enough lines that a small edit still leaves the file similar enough to count as a rename. */
    private static String policyBody(String title) {
        StringBuilder body = new StringBuilder("# " + title + "\n\n");
        for (int i = 1; i <= 12; i++) {
            body.append("Rule ").append(i).append(": keep ").append(title.toLowerCase()).append(" tight.\n");
        }
        return body.toString();
    }

    private static void write(Path file, String text) {
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
