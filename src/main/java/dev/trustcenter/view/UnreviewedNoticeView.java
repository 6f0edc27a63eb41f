package dev.trustcenter.view;

/** On a current page: the text has changed since the last review and has not been reviewed. */
public record UnreviewedNoticeView(int changes, String lastReviewLabel, String lastReviewUrl, String diffUrl) {
}
