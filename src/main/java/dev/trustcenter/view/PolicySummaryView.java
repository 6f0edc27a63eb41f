package dev.trustcenter.view;

/**
 * One policy in a listing (home page). {@code banner} is null for a retired policy; {@code upcoming}
 * is null unless a newer version is dated to take effect later.
 */
public record PolicySummaryView(String slug, String title, String summary, String owner, String category,
                                String url, String historyUrl, String lastReviewLabel,
                                String lastReviewedText, String lastReviewedIso, ReviewBannerView banner,
                                boolean unreviewedChanges, boolean retired, UpcomingView upcoming) {

    public PolicySummaryView(String slug, String title, String summary, String owner, String category, String url,
                             String historyUrl, String lastReviewLabel, String lastReviewedText,
                             String lastReviewedIso, ReviewBannerView banner, boolean unreviewedChanges,
                             boolean retired) {
        this(slug, title, summary, owner, category, url, historyUrl, lastReviewLabel, lastReviewedText,
                lastReviewedIso, banner, unreviewedChanges, retired, null);
    }
}
