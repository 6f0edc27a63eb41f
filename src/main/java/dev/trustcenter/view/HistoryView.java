package dev.trustcenter.view;

import java.util.List;

/**
 * A policy's history page: reviews newest first, and changes since the last review.
 *
 * @param compareOptions the versions the compare form offers, newest first
 * @param comparePairs   every published diff between two of those versions, newest first: what the
 *                       compare form can reach, listed as links for readers without JavaScript
 * @param upcoming       a newer version dated to take effect later; null when there is none
 * @param retiredIso     when a retired policy was retired (the commit's day, ISO); null otherwise
 * @param unreviewedText whether the revisions since the last review changed its text (not only the
 *                       file's name or front matter)
 */
public record HistoryView(SiteView site, String slug, String title, String currentUrl, String historyUrl,
                          String feedUrl, String materialFeedUrl, ReviewBannerView banner, boolean retired,
                          List<RevisionView> unreviewed, List<HistoryReviewView> reviews,
                          List<CompareOptionView> compareOptions, List<ComparePairView> comparePairs,
                          UpcomingView upcoming, String retiredIso, String retiredText, boolean unreviewedText) {

    public HistoryView {
        unreviewed = List.copyOf(unreviewed);
        reviews = List.copyOf(reviews);
        compareOptions = List.copyOf(compareOptions);
        comparePairs = List.copyOf(comparePairs);
    }

    public HistoryView(SiteView site, String slug, String title, String currentUrl, String historyUrl, String feedUrl,
                       String materialFeedUrl, ReviewBannerView banner, boolean retired, List<RevisionView> unreviewed,
                       List<HistoryReviewView> reviews, List<CompareOptionView> compareOptions) {
        this(site, slug, title, currentUrl, historyUrl, feedUrl, materialFeedUrl, banner, retired, unreviewed, reviews,
                compareOptions, List.of(), null, null, null, !unreviewed.isEmpty());
    }

    /** A published diff the compare form offers: {@code from} and {@code to} are option keys. */
    public record ComparePairView(String from, String to, String fromText, String toText, String url) {
    }
}
