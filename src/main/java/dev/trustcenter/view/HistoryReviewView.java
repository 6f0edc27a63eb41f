package dev.trustcenter.view;

import java.util.List;

/**
 * One review on a history page, with the revisions it covers, newest first.
 *
 * @param textChanged        false shows "reviewed, no changes"
 * @param diffFromPreviousUrl against the previous review; null for the first review
 * @param diffToCurrentUrl   against the current text; null when this review is the current text
 */
public record HistoryReviewView(String label, String url, String reviewedIso, String reviewedText,
                                String approvedBy, boolean textChanged, String changeType,
                                String changeText, String diffFromPreviousUrl, String diffToCurrentUrl,
                                List<RevisionView> revisions) {

    public HistoryReviewView {
        revisions = List.copyOf(revisions);
    }
}
