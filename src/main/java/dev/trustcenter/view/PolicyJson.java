package dev.trustcenter.view;

import java.util.List;

/**
 * One policy in {@code policies.json}; field names are the JSON keys. URLs are site-relative and
 * start with {@code /}. Nullable: {@code nextReview} and {@code reviewStatus} (retired policies),
 * {@code summary}, {@code owner}, {@code category}.
 */
public record PolicyJson(String slug, String title, String summary, String owner, String category,
                         String source, String url, String historyUrl, boolean retired, String lastReviewed,
                         String nextReview, String reviewStatus, boolean unreviewedChanges,
                         List<RevisionJson> revisions, List<ReviewJson> reviews, List<DiffJson> diffs) {

    public PolicyJson {
        revisions = List.copyOf(revisions);
        reviews = List.copyOf(reviews);
        diffs = List.copyOf(diffs);
    }

    /** {@code label} is the review covering the revision; null for changes since the last review. */
    public record RevisionJson(String id, String commit, String date, String source, String reviewed,
                               boolean review, String label, String url, String subject, String author,
                               String changeType) {
    }

    public record ReviewJson(String label, String reviewed, String revision, String url, String approvedBy,
                             boolean textChanged, String changeType) {
    }

    public record DiffJson(String from, String to, String url, int wordsAdded, int wordsRemoved,
                           String changeType) {
    }
}
