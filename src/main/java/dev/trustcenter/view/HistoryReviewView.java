package dev.trustcenter.view;

import java.util.List;

/**
 * One review on a history page, with the revisions it covers, newest first.
 *
 * @param textChanged        false shows "reviewed, no changes"
 * @param diffFromPreviousUrl against the previous review; null for the first review
 * @param diffToCurrentUrl   against the current text; null when this review is the current text
 * @param effectiveIso       the review's {@code effective} date; null when it has none
 * @param upcoming           the review is dated to take effect after the build's today
 */
public record HistoryReviewView(String label, String url, String reviewedIso, String reviewedText,
                                String approvedBy, boolean textChanged, String changeType,
                                String changeText, String diffFromPreviousUrl, String diffToCurrentUrl,
                                List<RevisionView> revisions, String effectiveIso, String effectiveText,
                                boolean upcoming) {

    public HistoryReviewView {
        revisions = List.copyOf(revisions);
    }

    public HistoryReviewView(String label, String url, String reviewedIso, String reviewedText, String approvedBy,
                             boolean textChanged, String changeType, String changeText, String diffFromPreviousUrl,
                             String diffToCurrentUrl, List<RevisionView> revisions) {
        this(label, url, reviewedIso, reviewedText, approvedBy, textChanged, changeType, changeText,
                diffFromPreviousUrl, diffToCurrentUrl, revisions, null, null, false);
    }
}
