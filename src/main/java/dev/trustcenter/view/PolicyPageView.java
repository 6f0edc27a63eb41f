package dev.trustcenter.view;

import dev.trustcenter.diff.Utf8Html;
import java.util.List;
import java.util.Map;

/**
 * A page showing a policy's text: the current page ({@code kind = "current"}), a review page
 * ({@code "review"}) or a revision page ({@code "revision"}).
 *
 * @param bodyHtml    the text, with a permanent link on each heading; UTF-8 (see {@link Utf8Html}), made once
 *                    per version and shared by the pages that show it
 * @param banner      next-review banner; only on the current page of a policy that is not retired
 * @param archived    only on review and revision pages
 * @param unreviewed  only on the current page, when the text changed since the last review
 * @param extra       front-matter keys trustcenter does not know, as the writer wrote them
 * @param upcoming    only on the current page, when a newer version is dated to take effect later
 * @param retiredIso  when a retired policy was retired (the commit's day, ISO); null otherwise
 * @param editedIso   when this version's text was last changed (ISO): the commit that made it,
 *                    which for a review that changed nothing is older than the review's own commit
 */
public record PolicyPageView(SiteView site, String kind, String slug, String title, String summary,
                             String owner, String category, String url, String currentUrl,
                             String historyUrl, String feedUrl, Utf8Html bodyHtml, List<HeadingView> toc,
                             VersionView version, ReviewBannerView banner, ArchivedNoticeView archived,
                             UnreviewedNoticeView unreviewed, boolean retired, Map<String, Object> extra,
                             UpcomingView upcoming, String retiredIso, String retiredText, String editedIso,
                             String editedText) {

    public PolicyPageView(SiteView site, String kind, String slug, String title, String summary, String owner,
                          String category, String url, String currentUrl, String historyUrl, String feedUrl,
                          Utf8Html bodyHtml, List<HeadingView> toc, VersionView version, ReviewBannerView banner,
                          ArchivedNoticeView archived, UnreviewedNoticeView unreviewed, boolean retired,
                          Map<String, Object> extra) {
        this(site, kind, slug, title, summary, owner, category, url, currentUrl, historyUrl, feedUrl, bodyHtml, toc,
                version, banner, archived, unreviewed, retired, extra, null, null, null, version.dateIso(), version.dateText());
    }

    public PolicyPageView {
        toc = List.copyOf(toc);
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }
}
