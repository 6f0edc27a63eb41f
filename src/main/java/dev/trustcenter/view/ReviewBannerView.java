package dev.trustcenter.view;

/**
 * The next-review banner as of build time. A script re-evaluates it from the ISO dates when the
 * page is opened later.
 *
 * @param status  {@code current}, {@code due-soon} or {@code overdue}
 * @param text    e.g. "Next review by 18 Mar 2018", "Review due in 5 days (6 Mar 2018)", "Review overdue since 18 Mar 2018"
 */
public record ReviewBannerView(String status, String text, String nextReviewIso, String nextReviewText,
                               String lastReviewedIso, String lastReviewedText, int dueSoonDays) {
}
