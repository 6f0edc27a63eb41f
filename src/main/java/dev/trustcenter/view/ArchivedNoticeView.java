package dev.trustcenter.view;

/**
 * The banner on an archived review or revision page.
 *
 * @param text                 e.g. "Security Policy as reviewed in 2024-Q2 (16 Apr 2024)."
 * @param current              whether this is the policy's current text (the latest revision of a
 *                             policy that is not retired): labelled "Current version", not "Archived"
 * @param supersededBy         what superseded this version, for a link: "the 2024-Q3 review" on a
 *                             review page, "revision 0a1b2c3d4e5f" on a revision page; null for the latest
 * @param supersededByUrl      null for the latest
 * @param diffToCurrentUrl     "what changed since this version"; null when it is the current text
 * @param diffToPreviousUrl    against the previous review or revision; null for the first
 * @param effectiveIso         when the upcoming version takes effect, if this page is that version or
 *                             the one in force until then; null otherwise
 * @param textFromEffective    what {@code text} becomes from {@code effectiveIso} on (the script swaps
 *                             it in); null when {@code effectiveIso} is
 */
public record ArchivedNoticeView(String text, boolean superseded, boolean current, String supersededBy,
                                 String supersededByUrl, String currentUrl, String historyUrl,
                                 String diffToCurrentUrl, String diffToPreviousUrl, String effectiveIso,
                                 String textFromEffective) {

    public ArchivedNoticeView(String text, boolean superseded, boolean current, String supersededBy, String supersededByUrl,
                              String currentUrl, String historyUrl, String diffToCurrentUrl, String diffToPreviousUrl) {
        this(text, superseded, current, supersededBy, supersededByUrl, currentUrl, historyUrl, diffToCurrentUrl,
                diffToPreviousUrl, null, null);
    }
}
