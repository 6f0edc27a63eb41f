package dev.trustcenter.view;

import java.util.List;

/**
 * The home page: introduction, policies by category, retired policies, latest reviews, and the
 * site's downloads: {@code calendarUrl} (reviews and effective dates, iCalendar) and
 * {@code archiveUrl} (every published version in one zip).
 */
public record HomeView(SiteView site, String introHtml, List<CategoryView> categories,
                       List<PolicySummaryView> retired, List<ChangeEntryView> latestChanges,
                       int overdueCount, int dueSoonCount, String calendarUrl, String archiveUrl) {

    public HomeView(SiteView site, String introHtml, List<CategoryView> categories, List<PolicySummaryView> retired,
                    List<ChangeEntryView> latestChanges, int overdueCount, int dueSoonCount) {
        this(site, introHtml, categories, retired, latestChanges, overdueCount, dueSoonCount, null, null);
    }

    public HomeView {
        categories = List.copyOf(categories);
        retired = List.copyOf(retired);
        latestChanges = List.copyOf(latestChanges);
    }
}
