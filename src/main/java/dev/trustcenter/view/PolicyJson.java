package dev.trustcenter.view;

import java.util.List;

/**
 * One policy in {@code policies.json}; field names are the JSON keys. URLs are site-relative and
 * start with {@code /}. Nullable: {@code nextReview} and {@code reviewStatus} (retired policies),
 * {@code summary}, {@code owner}, {@code category}, {@code upcoming}.
 *
 * @param inForce  the version that applies on the build's date (the current page shows it)
 * @param upcoming the version dated to take effect later, or null
 */
public record PolicyJson(String slug, String title, String summary, String owner, String category,
                         String source, String url, String historyUrl, boolean retired, String lastReviewed,
                         String nextReview, String reviewStatus, boolean unreviewedChanges,
                         List<RevisionJson> revisions, List<ReviewJson> reviews, List<DiffJson> diffs,
                         VersionRefJson inForce, VersionRefJson upcoming) {

    public PolicyJson {
        revisions = List.copyOf(revisions);
        reviews = List.copyOf(reviews);
        diffs = List.copyOf(diffs);
    }

    public PolicyJson(String slug, String title, String summary, String owner, String category, String source,
                      String url, String historyUrl, boolean retired, String lastReviewed, String nextReview,
                      String reviewStatus, boolean unreviewedChanges, List<RevisionJson> revisions,
                      List<ReviewJson> reviews, List<DiffJson> diffs) {
        this(slug, title, summary, owner, category, source, url, historyUrl, retired, lastReviewed, nextReview,
                reviewStatus, unreviewedChanges, revisions, reviews, diffs, null, null);
    }

    /**
     * {@code label} is the review covering the revision; null for changes since the last review.
     * {@code effective} is the front matter's {@code effective} date, null when the version has none.
     */
    public record RevisionJson(String id, String commit, String date, String source, String reviewed,
                               boolean review, String label, String url, String subject, String author,
                               String changeType, String effective) {

        public RevisionJson(String id, String commit, String date, String source, String reviewed, boolean review,
                            String label, String url, String subject, String author, String changeType) {
            this(id, commit, date, source, reviewed, review, label, url, subject, author, changeType, null);
        }
    }

    /**
     * The version in force or the upcoming one. {@code label} is null for a revision made after the
     * last review, {@code effective} null when it carries no date, {@code diffUrl} (from the version
     * in force) set only on the upcoming version.
     */
    public record VersionRefJson(String revision, String label, String effective, String url, String diffUrl) {
    }

    public record ReviewJson(String label, String reviewed, String revision, String url, String approvedBy,
                             boolean textChanged, String changeType) {
    }

    public record DiffJson(String from, String to, String url, int wordsAdded, int wordsRemoved, int wordsMoved,
                           String changeType) {
    }
}
