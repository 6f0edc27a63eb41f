package dev.trustcenter.view;

import java.util.List;

/**
 * A draft: a policy file with uncommitted changes, as the preview server shows it. Never part of a
 * built site. {@code kind} is {@code "text"} for the draft's own page ({@code /<slug>/draft/}) or
 * {@code "diff"} for what it changes against the last published version ({@code /<slug>/draft/diff/}).
 *
 * @param path          the file in the working tree, repository-relative
 * @param currentUrl    the published policy's current page; null for a policy not published yet
 * @param historyUrl    null for a policy not published yet
 * @param published     the last published version the draft is compared with; null when none
 * @param deleted       the file is deleted in the working tree: committing it retires the policy
 * @param recordsReview {@code last_reviewed} differs from the published version's: committing the
 *                      draft records a review
 * @param reviewedText  the draft's {@code last_reviewed}, readable; null without one
 * @param toc           headings of the draft's text (empty on the diff page)
 * @param bodyHtml      the draft's sanitized text; empty on the diff page and for a deleted file
 * @param diff          the comparison; only when {@code kind} is {@code "diff"}
 */
public record DraftView(SiteView site, String kind, String slug, String title, String summary, String owner,
                        String category, String path, String url, String diffUrl, String sideBySideUrl,
                        String currentUrl, String historyUrl, VersionView published, boolean deleted,
                        boolean recordsReview, String reviewedIso, String reviewedText, List<HeadingView> toc,
                        String bodyHtml, DiffView diff) {

    public DraftView {
        toc = List.copyOf(toc);
    }
}
