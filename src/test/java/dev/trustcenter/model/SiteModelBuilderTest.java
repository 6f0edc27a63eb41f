package dev.trustcenter.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.diag.Diagnostics;
import dev.trustcenter.diag.SourceException;
import dev.trustcenter.diag.UserException;
import dev.trustcenter.history.CommitInfo;
import dev.trustcenter.history.FileLineage;
import dev.trustcenter.history.RawRevision;
import dev.trustcenter.history.RepositoryHistory;
import dev.trustcenter.history.SnapshotFile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The review model on hand-made histories: which revisions are reviews, labels, status. */
class SiteModelBuilderTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 10);
    private final Map<String, String> blobs = new HashMap<>();
    private final Diagnostics diagnostics = new Diagnostics();
    private int commits;

    private RawRevision rev(String path, String date, String text, String message) {
        String blob = "blob" + blobs.size();
        blobs.put(blob, text);
        String id = String.format("%040d", ++commits);
        CommitInfo c = new CommitInfo(id, Instant.parse(date + "T10:00:00Z"), "Alice", "a@x", "Merger", "m@x",
                message.lines().findFirst().orElse(""), message);
        return new RawRevision(c, "content/" + path, path, blob, RawRevision.ChangeKind.MODIFIED);
    }

    private static String policy(String reviewed, String body) {
        return "---\ntitle: Security\n" + (reviewed == null ? "" : "last_reviewed: " + reviewed + "\n") + "---\n" + body + "\n";
    }

    private SiteModel build(List<FileLineage> lineages) {
        List<SnapshotFile> files = new ArrayList<>();
        RepositoryHistory h = new RepositoryHistory(RepositoryHistory.Mode.GIT, "f".repeat(40), "content", lineages,
                files, List.of(), id -> blobs.get(id).getBytes(StandardCharsets.UTF_8));
        return SiteModelBuilder.build(h, TODAY, diagnostics);
    }

    @Test
    void aRevisionIsAReviewWhenLastReviewedChanges() {
        Policy p = build(List.of(new FileLineage(List.of(
                rev("security.md", "2024-01-15", policy("2024-01-15", "One."), "add"),
                rev("security.md", "2024-02-01", policy("2024-01-15", "One, edited."), "edit"),
                rev("security.md", "2024-04-16", policy("2024-04-16", "One, edited."), "review\n\nApproved-by: Dana Chief <d@x>"),
                rev("security.md", "2024-05-01", policy("2024-04-16", "Two."), "later edit")), null))).policies().get(0);
        assertEquals(List.of(true, false, true, false), p.revisions().stream().map(Revision::review).toList());
        assertEquals(List.of("2024-Q1", "2024-Q2"), p.reviews().stream().map(r -> r.label().text()).toList());
        Review second = p.reviews().get(1);
        assertEquals("Dana Chief", second.approvedBy());
        assertEquals(2, second.revisions().size(), "the edit before the review is covered by it");
        assertTrue(second.textChanged());
        assertEquals(1, p.unreviewed().size());
        assertNull(p.unreviewed().get(0).label());
        assertEquals(LocalDate.of(2024, 7, 16), p.nextReview());
        assertEquals(ReviewStatus.OVERDUE, p.reviewStatus());
    }

    @Test
    void aMergeOfManyAuthorsNamesTheFirstThree() {
        RawRevision plain = rev("security.md", "2024-01-15", policy("2024-01-15", "One."), "merge");
        List<CommitInfo> merged = new ArrayList<>();
        for (String name : List.of("Ann", "Bob", "Ann", "Cy", "Di", "Ed")) {
            merged.add(new CommitInfo("%040d".formatted(merged.size() + 100), plain.commit().time(), name, "x@x", name, "x@x",
                    "work", "work"));
        }
        CommitInfo c = plain.commit();
        CommitInfo merge = new CommitInfo(c.id(), c.time(), "Mia", "m@x", "Service", "s@x", "Merge branch 'x'",
                "Merge branch 'x'", merged, java.util.Set.of());
        Policy p = build(List.of(new FileLineage(List.of(new RawRevision(merge, plain.path(), plain.contentPath(),
                plain.blobId(), plain.kind())), null))).policies().get(0);
        assertEquals("Ann, Bob, Cy and 2 others", p.revisions().get(0).author());
        assertEquals("Mia", p.reviews().get(0).approvedBy(), "who merged, not the service that committed");
        assertEquals("Merge branch 'x'", p.revisions().get(0).subject(), "several commits and no title: the merge's own subject");
    }

    @Test
    void everyApprovedByTrailerIsRecorded() {
        Policy p = build(List.of(new FileLineage(List.of(
                rev("security.md", "2024-01-15", policy("2024-01-15", "One."),
                        "review\n\nApproved-by: Gina Lead <g@x>\nSigned-off-by: Sam <s@x>\nApproved-by: Hank Chief <h@x>")), null)))
                .policies().get(0);
        assertEquals("Gina Lead, Hank Chief", p.reviews().get(0).approvedBy(), "two-person approval keeps both names");
    }

    @Test
    void reviewsInTheSameQuarterGetDistinctLabels() {
        assertEquals(List.of("2017-Q2", "2017-Q2-2", "2017-Q3", "2017-Q2-3"), ReviewLabel.assign(List.of(
                LocalDate.of(2017, 4, 1), LocalDate.of(2017, 6, 30), LocalDate.of(2017, 7, 1), LocalDate.of(2017, 5, 5)))
                .stream().map(ReviewLabel::text).toList());
    }

    @Test
    void aReviewThatOnlyBumpsTheDateIsReviewedWithoutChanges() {
        Policy p = build(List.of(new FileLineage(List.of(
                rev("s.md", "2024-01-15", policy("2024-01-15", "Same."), "add"),
                rev("s.md", "2024-04-15", policy("2024-04-15", "Same."), "review, no changes")), null))).policies().get(0);
        assertFalse(p.reviews().get(1).textChanged());
        assertEquals("Merger", p.reviews().get(1).approvedBy(), "falls back to the committer");
    }

    @Test
    void withoutReviewMetadataEveryRevisionIsAReviewDatedByItsCommit() {
        Policy p = build(List.of(new FileLineage(List.of(
                rev("plain.md", "2023-03-01", "# Plain\n\nA.", "add"),
                rev("plain.md", "2023-03-20", "# Plain\n\nB.", "edit"),
                rev("plain.md", "2023-09-02", "# Plain\n\nC.", "edit")), null))).policies().get(0);
        assertEquals(List.of("2023-Q1", "2023-Q1-2", "2023-Q3"), p.reviews().stream().map(r -> r.label().text()).toList());
        assertEquals(LocalDate.of(2023, 9, 2), p.lastReviewed());
        assertTrue(p.unreviewed().isEmpty());
    }

    @Test
    void addingLastReviewedLaterKeepsTheEarlierReviewsAndTheirLabels() {
        Policy p = build(List.of(new FileLineage(List.of(
                rev("plain.md", "2024-01-10", "# Plain\n\nA.", "add"),
                rev("plain.md", "2024-04-10", "# Plain\n\nB.", "edit"),
                rev("plain.md", "2024-07-10", "# Plain\n\nC.", "edit"),
                rev("plain.md", "2024-08-01", "---\nlast_reviewed: 2024-08-01\n---\n# Plain\n\nC.", "review"),
                rev("plain.md", "2024-09-01", "---\nlast_reviewed: 2024-08-01\n---\n# Plain\n\nD.", "edit")), null)))
                .policies().get(0);
        assertEquals(List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q3-2"), p.reviews().stream().map(r -> r.label().text()).toList());
        assertEquals(List.of(true, true, true, true, false), p.revisions().stream().map(Revision::review).toList());
        assertEquals(LocalDate.of(2024, 8, 1), p.lastReviewed());
    }

    @Test
    void statusIsDueSoonWithinFourteenDays() {
        assertEquals(ReviewStatus.DUE_SOON, ReviewStatus.of(LocalDate.of(2025, 1, 24), TODAY));
        assertEquals(ReviewStatus.CURRENT, ReviewStatus.of(LocalDate.of(2025, 1, 25), TODAY));
        assertEquals(ReviewStatus.DUE_SOON, ReviewStatus.of(TODAY, TODAY));
        assertEquals(ReviewStatus.OVERDUE, ReviewStatus.of(TODAY.minusDays(1), TODAY));
    }

    @Test
    void explicitNextReviewAndCycleOverrideTheDefault() {
        Policy annual = build(List.of(new FileLineage(List.of(rev("a.md", "2024-06-01",
                "---\ntitle: A\nlast_reviewed: 2024-06-01\nreview_cycle: annual\n---\n", "add")), null))).policies().get(0);
        assertEquals(LocalDate.of(2025, 6, 1), annual.nextReview());
        Policy explicit = build(List.of(new FileLineage(List.of(rev("b.md", "2024-06-01",
                "---\ntitle: B\nlast_reviewed: 2024-06-01\nnext_review: 2024-12-31\n---\n", "add")), null))).policies().get(0);
        assertEquals(ReviewStatus.OVERDUE, explicit.reviewStatus());
    }

    @Test
    void aDeletedPolicyIsRetiredAndKeepsItsHistory() {
        RawRevision last = rev("old.md", "2024-01-01", policy("2024-01-01", "Old."), "add");
        Policy p = build(List.of(new FileLineage(List.of(last), last.commit()))).policies().get(0);
        assertTrue(p.retired());
        assertNull(p.reviewStatus());
        assertEquals(1, p.reviews().size());
    }

    @Test
    void draftsAreNotPublished() {
        SiteModel m = build(List.of(new FileLineage(List.of(rev("d.md", "2024-01-01",
                "---\ntitle: D\nstatus: draft\n---\n", "add")), null)));
        assertTrue(m.policies().isEmpty());
    }

    @Test
    void faultsInTheBuiltCommitAreErrorsButOlderOnesAreWarnings() {
        List<RawRevision> revs = List.of(
                rev("s.md", "2024-01-01", "---\ntitle: S\nlast_reviewed: 2024-02-30\n---\n", "broken then"),
                rev("s.md", "2024-02-01", policy("2024-02-01", "Fixed."), "fix"));
        Policy p = build(List.of(new FileLineage(revs, null))).policies().get(0);
        assertEquals(2, p.revisions().size());
        assertEquals(1, diagnostics.size());
        assertTrue(diagnostics.sorted().get(0).toString().startsWith("content/s.md:3:16: warning:"), diagnostics.sorted().toString());

        SourceException e = assertThrows(SourceException.class, () -> build(List.of(new FileLineage(List.of(
                rev("t.md", "2024-01-01", "---\ntitle: T\nlast_reviewed: 2024-02-30\n---\n", "broken now")), null))));
        assertEquals("content/t.md:3:16", e.position().toString());
    }

    @Test
    void twoLiveFilesWithTheSameSlugAreAnErrorNamingBoth() {
        SourceException e = assertThrows(SourceException.class, () -> build(List.of(
                new FileLineage(List.of(rev("Security.md", "2024-01-01", policy("2024-01-01", "A"), "a")), null),
                new FileLineage(List.of(rev("security.md", "2024-01-02", policy("2024-01-02", "B"), "b")), null))));
        assertTrue(e.getMessage().contains("content/Security.md") && e.getMessage().contains("content/security.md"), e.getMessage());
    }

    @Test
    void everySlugClashIsReportedAtOnce() {
        UserException e = assertThrows(UserException.class, () -> build(List.of(
                new FileLineage(List.of(rev("Security.md", "2024-01-01", policy("2024-01-01", "A"), "a")), null),
                new FileLineage(List.of(rev("security.md", "2024-01-02", policy("2024-01-02", "B"), "b")), null),
                new FileLineage(List.of(rev("a/X.md", "2024-01-01", policy("2024-01-01", "C"), "c")), null),
                new FileLineage(List.of(rev("a/x.md", "2024-01-02", policy("2024-01-02", "D"), "d")), null))));
        List<String> lines = e.getMessage().lines().toList();
        assertEquals(2, lines.size(), e.getMessage());
        assertTrue(lines.stream().anyMatch(l -> l.matches("content/a/[Xx]\\.md:1: error: policy slug 'a/x' is also used by content/a/[xX]\\.md: .*")), e.getMessage());
        assertTrue(lines.stream().anyMatch(l -> l.matches("content/[Ss]ecurity\\.md:1: error: policy slug 'security' is also used by .*")), e.getMessage());
    }

    @Test
    void aReviewDatedBeforeAnEarlierOneIsPublishedWithAWarning() {
        Policy p = build(List.of(new FileLineage(List.of(
                rev("s.md", "2025-09-08", policy("2025-09-08", "One."), "Q3 review"),
                rev("s.md", "2026-01-12", policy("2024-01-12", "Two."), "Q1 review, a typo in the year")), null))).policies().get(0);
        assertEquals(List.of("2025-Q3", "2024-Q1"), p.reviews().stream().map(r -> r.label().text()).toList());
        assertEquals(List.of("content/s.md: warning: last_reviewed 2024-01-12 in commit 000000000000 is before the earlier review"
                + " of 2025-09-08, so that review is published as 2024-Q1: review dates only move forward (a typo in the year?)"),
                diagnostics.sorted().stream().map(Object::toString).toList());
    }

    @Test
    void editorialTrailerIsRecorded() {
        Policy p = build(List.of(new FileLineage(List.of(
                rev("s.md", "2024-01-01", policy("2024-01-01", "Teh."), "add"),
                rev("s.md", "2024-01-02", policy("2024-01-01", "The."), "typo\n\nChange-Type: editorial")), null))).policies().get(0);
        assertTrue(p.revisions().get(1).editorial());
        assertFalse(p.revisions().get(0).editorial());
    }
}
