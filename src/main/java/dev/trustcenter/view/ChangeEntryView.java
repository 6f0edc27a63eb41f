package dev.trustcenter.view;

/**
 * One recorded review in a list of latest changes (home page) or a feed.
 *
 * @param changeType {@code none}, {@code editorial} or {@code material}
 * @param changeText "no text change", "editorial" or "material"
 * @param diffUrl    the diff against the previous review, or null for a first version
 */
public record ChangeEntryView(String policyTitle, String policyUrl, String label, String url,
                              String dateIso, String dateText, String changeType, String changeText,
                              String subject, String approvedBy, String diffUrl,
                              int wordsAdded, int wordsRemoved) {
}
