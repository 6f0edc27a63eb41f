package dev.trustcenter.view;

/**
 * One recorded review in a list of latest changes (home page) or a feed.
 *
 * @param changeType {@code none}, {@code editorial} or {@code material}
 * @param changeText "no text change", "editorial" or "material"
 * @param diffUrl    the diff against the previous review, or null for a first version
 * @param effectiveIso the {@code effective} date of the reviewed version when it is after the review
 *                   date (a change announced ahead); null otherwise
 * @param retired    the policy's retirement rather than a review: {@code label} is "retired", {@code url}
 *                   the policy's page, the date the retirement's
 */
public record ChangeEntryView(String policyTitle, String policyUrl, String label, String url,
                              String dateIso, String dateText, String changeType, String changeText,
                              String subject, String approvedBy, String diffUrl,
                              int wordsAdded, int wordsRemoved, int wordsMoved, String effectiveIso,
                              String effectiveText, boolean retired) {

    public ChangeEntryView(String policyTitle, String policyUrl, String label, String url, String dateIso,
                           String dateText, String changeType, String changeText, String subject,
                           String approvedBy, String diffUrl, int wordsAdded, int wordsRemoved, int wordsMoved) {
        this(policyTitle, policyUrl, label, url, dateIso, dateText, changeType, changeText, subject, approvedBy,
                diffUrl, wordsAdded, wordsRemoved, wordsMoved, null, null, false);
    }

    /** A policy retired on {@code dateIso}: news for a customer who relied on it. */
    static ChangeEntryView retirement(String policyTitle, String policyUrl, String dateIso, String dateText) {
        return new ChangeEntryView(policyTitle, policyUrl, "retired", policyUrl + "#retired", dateIso, dateText,
                "retired", "retired", "", "", null, 0, 0, 0, null, null, true);
    }
}
