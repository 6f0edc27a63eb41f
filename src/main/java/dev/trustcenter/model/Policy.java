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
 */
public record Policy(String slug, Revision latest, List<Revision> revisions, List<Review> reviews,
                     List<Revision> unreviewed, boolean retired, LocalDate lastReviewed,
                     LocalDate nextReview, ReviewStatus reviewStatus) {

    public Policy {
        revisions = List.copyOf(revisions);
        reviews = List.copyOf(reviews);
        unreviewed = List.copyOf(unreviewed);
    }

    public String title() {
        return latest.source().title();
    }

    public Review lastReview() {
        return reviews.get(reviews.size() - 1);
    }
}
