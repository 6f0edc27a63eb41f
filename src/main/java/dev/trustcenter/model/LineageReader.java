package dev.trustcenter.model;

import dev.trustcenter.content.FrontMatter;
import dev.trustcenter.content.PolicySource;
import dev.trustcenter.content.PolicyStatus;
import dev.trustcenter.content.ReviewCycle;
import dev.trustcenter.content.Slugs;
import dev.trustcenter.diag.SourcePosition;
import dev.trustcenter.history.CommitInfo;
import dev.trustcenter.history.FileLineage;
import dev.trustcenter.history.RawRevision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Turns one file lineage into a {@link Policy}: which revisions are reviews, labels, status. */
final class LineageReader {

    static final String UNVERSIONED = "unversioned";
    private static final int SHORT_ID = 12;

    private final SourceReader sources;
    private final ReviewCycle defaultCycle;
    private final LocalDate today;

    LineageReader(SourceReader sources, ReviewCycle defaultCycle, LocalDate today) {
        this.sources = sources;
        this.defaultCycle = defaultCycle;
        this.today = today;
    }

    /** The policy, or null when no revision of it was ever published (drafts only). */
    Policy read(FileLineage lineage) {
        List<RawRevision> raws = lineage.revisions();
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            boolean atBuilt = lineage.deletedBy() == null && i == raws.size() - 1;
            Revision r = revision(raws.get(i), atBuilt);
            if (r.source().frontMatter().status() != PolicyStatus.DRAFT) {
                revisions.add(r);
            }
        }
        if (revisions.isEmpty()) {
            return null;
        }
        return assemble(Slugs.fromPath(raws.get(raws.size() - 1).contentPath()),
                markReviews(revisions), lineage.deletedBy() == null ? null : lineage.deletedBy().time());
    }

    private Revision revision(RawRevision raw, boolean atBuiltCommit) {
        CommitInfo c = raw.commit();
        PolicySource source = sources.policy(raw.blobId(), raw.path(), atBuiltCommit, c == null ? null : c.id());
        FrontMatter fm = source.frontMatter();
        LocalDate commitDate = c == null ? today : LocalDate.ofInstant(c.time(), ZoneOffset.UTC);
        LocalDate reviewed = fm.lastReviewed() != null ? fm.lastReviewed() : commitDate;
        if (c == null) {
            return new Revision(UNVERSIONED, null, null, "", "", "", raw.path(), raw.contentPath(), raw.blobId(), source,
                    reviewed, false, null, null, false, List.of());
        }
        // two-person approval is a common control: every Approved-by trailer is recorded
        List<String> approvers = CommitReading.approvers(c, raw.path());
        String approver = !approvers.isEmpty() ? String.join(", ", approvers)
                : fm.approvedBy() != null ? fm.approvedBy() : CommitReading.lander(c, raw.path());
        return new Revision(c.id().substring(0, Math.min(SHORT_ID, c.id().length())), c.id(), c.time(),
                CommitReading.author(c, raw.path()), c.committerName(), CommitReading.subject(c), raw.path(),
                raw.contentPath(), raw.blobId(), source, reviewed, false, null, approver, CommitReading.editorial(c, raw.path()),
                CommitReading.absorbed(c, raw.path()).stream().map(id -> id.substring(0, SHORT_ID)).toList());
    }

    /**
     * A review is the first revision or one whose {@code last_reviewed} differs from the previous
     * revision's. Until the key first appears every revision is a review (dated by its commit), so a
     * lineage that never carries it treats every revision as one, and adding the key later renames
     * or removes no earlier review.
     */
    private static List<Revision> markReviews(List<Revision> revisions) {
        List<Revision> marked = new ArrayList<>(revisions.size());
        boolean keySeen = false;
        for (int i = 0; i < revisions.size(); i++) {
            Revision r = revisions.get(i);
            keySeen |= r.source().frontMatter().lastReviewed() != null;
            boolean review = !keySeen || i == 0 || !Objects.equals(
                    r.source().frontMatter().lastReviewed(), revisions.get(i - 1).source().frontMatter().lastReviewed());
            marked.add(r.withReview(review, null, r.approvedBy()));
        }
        return marked;
    }

    /** A review dated before an earlier one is most likely a typo in the year, and it is published for good. */
    private void warnOfDatesMovedBack(List<Revision> revisions, List<Integer> reviewIndexes, List<ReviewLabel> labels) {
        LocalDate latest = null;
        for (int k = 0; k < reviewIndexes.size(); k++) {
            Revision r = revisions.get(reviewIndexes.get(k));
            if (latest != null && r.reviewed().isBefore(latest) && r.source().frontMatter().lastReviewed() != null) {
                sources.warn(new SourcePosition(r.path(), 0), "last_reviewed " + r.reviewed() + " in commit "
                        + r.id() + " is before the earlier review of " + latest + ", so that review is published as "
                        + labels.get(k).text() + ": review dates only move forward (a typo in the year?)");
            }
            latest = latest == null || r.reviewed().isAfter(latest) ? r.reviewed() : latest;
        }
    }

    /** @param deletedAt when the file was deleted; null while it exists */
    private Policy assemble(String slug, List<Revision> revisions, Instant deletedAt) {
        List<Integer> reviewIndexes = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < revisions.size(); i++) {
            if (revisions.get(i).review()) {
                reviewIndexes.add(i);
                dates.add(revisions.get(i).reviewed());
            }
        }
        List<ReviewLabel> labels = ReviewLabel.assign(dates);
        warnOfDatesMovedBack(revisions, reviewIndexes, labels);
        List<Revision> labelled = new ArrayList<>(revisions);
        List<Review> reviews = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < reviewIndexes.size(); k++) {
            int at = reviewIndexes.get(k);
            for (int i = from; i <= at; i++) {
                Revision r = revisions.get(i);
                labelled.set(i, r.withReview(r.review(), labels.get(k), r.review() ? r.approvedBy() : null));
            }
            Revision reviewRevision = labelled.get(at);
            boolean changed = k == 0 || !reviewRevision.source().markdown()
                    .equals(labelled.get(reviewIndexes.get(k - 1)).source().markdown());
            reviews.add(new Review(labels.get(k), reviewRevision.reviewed(), reviewRevision,
                    reviewRevision.approvedBy(), changed, labelled.subList(from, at + 1)));
            from = at + 1;
        }
        for (int i = from; i < labelled.size(); i++) {
            labelled.set(i, labelled.get(i).withReview(false, null, null));
        }
        return policy(slug, labelled, reviews, labelled.subList(from, labelled.size()), deletedAt);
    }

    private Policy policy(String slug, List<Revision> revisions, List<Review> reviews, List<Revision> unreviewed,
                          Instant deletedAt) {
        Revision latest = revisions.get(revisions.size() - 1);
        FrontMatter fm = latest.source().frontMatter();
        boolean retired = deletedAt != null || fm.status() == PolicyStatus.RETIRED;
        LocalDate last = reviews.get(reviews.size() - 1).reviewed();
        if (retired) {
            Instant retiredAt = fm.status() == PolicyStatus.RETIRED ? markedRetired(revisions) : deletedAt;
            return new Policy(slug, latest, revisions, reviews, unreviewed, true, last, null, null, latest, null,
                    retiredAt == null ? null : LocalDate.ofInstant(retiredAt, ZoneOffset.UTC));
        }
        LocalDate next = ReviewSchedule.nextReview(fm, last, defaultCycle);
        Revision inForce = inForce(revisions, today);
        return new Policy(slug, latest, revisions, reviews, unreviewed, false, last, next, ReviewStatus.of(next, today),
                inForce, inForce == latest ? null : latest, null);
    }

    /** The commit time of the revision that began the final run of {@code status: retired}. */
    private static Instant markedRetired(List<Revision> revisions) {
        int first = revisions.size() - 1;
        while (first > 0 && revisions.get(first - 1).source().frontMatter().status() == PolicyStatus.RETIRED) {
            first--;
        }
        return revisions.get(first).time();
    }

    /**
     * The newest revision not dated to take effect after {@code today}. Only the latest revision can
     * be upcoming: a later commit without a future date takes effect when published. When every
     * revision is future-dated there is nothing older to keep in force, so the latest is shown.
     */
    static Revision inForce(List<Revision> revisions, LocalDate today) {
        Revision latest = revisions.get(revisions.size() - 1);
        if (!isFuture(latest, today)) {
            return latest;
        }
        for (int i = revisions.size() - 2; i >= 0; i--) {
            if (!isFuture(revisions.get(i), today)) {
                return revisions.get(i);
            }
        }
        return latest;
    }

    private static boolean isFuture(Revision r, LocalDate today) {
        LocalDate effective = r.source().frontMatter().effective();
        return effective != null && effective.isAfter(today);
    }

    /** A file deleted and later re-created at the same path: one policy, older history first. */
    static Policy append(Policy older, Policy newer) {
        List<Revision> revisions = new ArrayList<>(older.revisions());
        revisions.addAll(newer.revisions());
        List<Review> reviews = new ArrayList<>(older.reviews());
        reviews.addAll(newer.reviews());
        return new Policy(newer.slug(), newer.latest(), revisions, reviews, newer.unreviewed(), newer.retired(),
                newer.lastReviewed(), newer.nextReview(), newer.reviewStatus(), newer.inForce(), newer.upcoming(),
                newer.retiredOn());
    }
}
