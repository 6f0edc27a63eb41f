package dev.trustcenter.view;

/**
 * The banner on an archived review or revision page.
 *
 * @param text                 e.g. "This is the Security Policy as reviewed in 2024-Q2 (16 Apr 2024)."
 * @param supersededByLabel    the next review's label, or null when this is the latest review
 * @param supersededByUrl      null when this is the latest review
 * @param diffToCurrentUrl     "what changed since this version"; null when it is the current text
 * @param diffToPreviousUrl    against the previous review or revision; null for the first
 * @param effectiveIso         when the upcoming version takes effect, if this page is that version or
 *                             the one in force until then; null otherwise
 * @param textFromEffective    what {@code text} becomes from {@code effectiveIso} on (the script swaps
 *                             it in); null when {@code effectiveIso} is
 */
public record ArchivedNoticeView(String text, boolean superseded, String supersededByLabel,
                                 String supersededByUrl, String currentUrl, String historyUrl,
                                 String diffToCurrentUrl, String diffToPreviousUrl, String effectiveIso,
                                 String textFromEffective) {

    public ArchivedNoticeView(String text, boolean superseded, String supersededByLabel, String supersededByUrl,
                              String currentUrl, String historyUrl, String diffToCurrentUrl, String diffToPreviousUrl) {
        this(text, superseded, supersededByLabel, supersededByUrl, currentUrl, historyUrl, diffToCurrentUrl,
                diffToPreviousUrl, null, null);
    }
}
