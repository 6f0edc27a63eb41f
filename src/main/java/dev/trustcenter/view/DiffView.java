package dev.trustcenter.view;

import dev.trustcenter.diff.Utf8Html;
import java.util.List;

/**
 * A diff page. {@code bodyHtml} is the inline or side-by-side fragment, chosen by {@code sideBySide};
 * the other view of the same diff is at {@code otherViewUrl}. Templates print it with
 * {@code <@page.bodyHtml/>}, which copies its encoded bytes, or as text with {@code ${page.bodyHtml?no_esc}}.
 * {@code movedEdits}: the body outlines the words edited in a section that moved
 * ({@code mark.diff-move-edit}), which the legend then explains.
 */
public record DiffView(SiteView site, String slug, String title, String currentUrl, String historyUrl,
                       String url, VersionView from, VersionView to, String changeType, String changeText,
                       int wordsAdded, int wordsRemoved, int wordsMoved, List<SectionLinkView> sections,
                       List<MetadataChangeView> metadataChanges, List<LinkChangeView> linkChanges,
                       boolean sideBySide, String otherViewUrl, boolean movedEdits, Utf8Html bodyHtml) {

    public DiffView {
        sections = List.copyOf(sections);
        metadataChanges = List.copyOf(metadataChanges);
        linkChanges = List.copyOf(linkChanges);
    }

    /** A changed section with a link to its first change. */
    public record SectionLinkView(String title, String anchor) {
    }

    /** A reader-relevant front-matter change (title, owner, review dates, status). */
    public record MetadataChangeView(String field, String older, String newer) {
    }

    /** A link or image that points elsewhere with the same words: {@code text} is its text or alt text. */
    public record LinkChangeView(String text, String older, String newer) {
    }
}
