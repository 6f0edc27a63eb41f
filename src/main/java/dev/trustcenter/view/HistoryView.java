package dev.trustcenter.view;

import java.util.List;

/**
 * A policy's history page: reviews newest first, and changes since the last review.
 *
 * @param compareOptions the versions the compare form offers, newest first
 */
public record HistoryView(SiteView site, String slug, String title, String currentUrl, String historyUrl,
                          String feedUrl, String materialFeedUrl, ReviewBannerView banner, boolean retired,
                          List<RevisionView> unreviewed, List<HistoryReviewView> reviews,
                          List<CompareOptionView> compareOptions) {

    public HistoryView {
        unreviewed = List.copyOf(unreviewed);
        reviews = List.copyOf(reviews);
        compareOptions = List.copyOf(compareOptions);
    }
}
