package dev.trustcenter.view;

/** One policy in a listing (home page). {@code banner} is null for a retired policy. */
public record PolicySummaryView(String slug, String title, String summary, String owner, String category,
                                String url, String historyUrl, String lastReviewLabel,
                                String lastReviewedText, String lastReviewedIso, ReviewBannerView banner,
                                boolean unreviewedChanges, boolean retired) {
}
