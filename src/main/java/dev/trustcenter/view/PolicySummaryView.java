package dev.trustcenter.view;

/**
 * One policy in a listing (home page). {@code banner} is null for a retired policy; {@code upcoming}
 * is null unless a newer version is dated to take effect later; {@code retiredIso} and
 * {@code retiredText} say when a retired policy was retired (null otherwise).
 */
public record PolicySummaryView(String slug, String title, String summary, String owner, String category,
                                String url, String historyUrl, String lastReviewLabel,
                                String lastReviewedText, String lastReviewedIso, ReviewBannerView banner,
                                boolean unreviewedChanges, boolean retired, UpcomingView upcoming,
                                String retiredIso, String retiredText) {

    public PolicySummaryView(String slug, String title, String summary, String owner, String category, String url,
                             String historyUrl, String lastReviewLabel, String lastReviewedText,
                             String lastReviewedIso, ReviewBannerView banner, boolean unreviewedChanges,
                             boolean retired, UpcomingView upcoming) {
        this(slug, title, summary, owner, category, url, historyUrl, lastReviewLabel, lastReviewedText,
                lastReviewedIso, banner, unreviewedChanges, retired, upcoming, null, null);
    }

    public PolicySummaryView(String slug, String title, String summary, String owner, String category, String url,
                             String historyUrl, String lastReviewLabel, String lastReviewedText,
                             String lastReviewedIso, ReviewBannerView banner, boolean unreviewedChanges,
                             boolean retired) {
        this(slug, title, summary, owner, category, url, historyUrl, lastReviewLabel, lastReviewedText,
                lastReviewedIso, banner, unreviewedChanges, retired, null);
    }
}
