package dev.trustcenter.view;

/**
 * The banner on an archived review or revision page.
 *
 * @param text                 e.g. "This is the Security Policy as reviewed in 2024-Q2 (16 Apr 2024)."
 * @param supersededByLabel    the next review's label, or null when this is the latest review
 * @param supersededByUrl      null when this is the latest review
 * @param diffToCurrentUrl     "what changed since this version"; null when it is the current text
 * @param diffToPreviousUrl    against the previous review or revision; null for the first
 */
public record ArchivedNoticeView(String text, boolean superseded, String supersededByLabel,
                                 String supersededByUrl, String currentUrl, String historyUrl,
                                 String diffToCurrentUrl, String diffToPreviousUrl) {
}
