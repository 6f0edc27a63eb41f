package dev.trustcenter.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A policy: one file lineage (renames followed), its revisions and reviews, oldest first.
 *
 * @param latest       the newest published revision: what the current page shows
 * @param unreviewed   revisions made since the last review, oldest first
 * @param retired      deleted on the built branch, or marked {@code status: retired}
 * @param nextReview   null for a retired policy
 * @param reviewStatus null for a retired policy
 * @param inForce      the version that applies on the build's today: the newest revision whose
 *                     {@code effective} date is not in the future; {@code latest} when none is
 *                     future-dated, and also when every revision is (nothing older could apply)
 * @param upcoming     {@code latest} when its {@code effective} date is after the build's today and an
 *                     older version is in force until then; null otherwise
 * @param retiredOn    when a retired policy was retired, in UTC: the day of the commit that began its
 *                     final run of {@code status: retired}, else of the one that deleted its file;
 *                     null otherwise
 */
public record Policy(String slug, Revision latest, List<Revision> revisions, List<Review> reviews,
                     List<Revision> unreviewed, boolean retired, LocalDate lastReviewed,
                     LocalDate nextReview, ReviewStatus reviewStatus, Revision inForce, Revision upcoming,
                     LocalDate retiredOn) {

    public Policy {
        revisions = List.copyOf(revisions);
        reviews = List.copyOf(reviews);
        unreviewed = List.copyOf(unreviewed);
    }

    public String title() {
        return latest.source().title();
    }

    /** The date the upcoming version takes effect; null without one. */
    public LocalDate upcomingEffective() {
        return upcoming == null ? null : upcoming.source().frontMatter().effective();
    }

    /**
     * The position of {@code r} in {@link #revisions}, or -1. By identity first: a record's equals
     * compares every component, which made sorting a policy's diffs by position a visible cost.
     */
    public int indexOf(Revision r) {
        for (int i = 0; i < revisions.size(); i++) {
            if (revisions.get(i) == r) {
                return i;
            }
        }
        return revisions.indexOf(r);
    }

    public Review lastReview() {
        return reviews.get(reviews.size() - 1);
    }
}
