package dev.trustcenter.view;

import java.util.List;

/** The home page: introduction, policies by category, retired policies, latest reviews. */
public record HomeView(SiteView site, String introHtml, List<CategoryView> categories,
                       List<PolicySummaryView> retired, List<ChangeEntryView> latestChanges,
                       int overdueCount, int dueSoonCount) {

    public HomeView {
        categories = List.copyOf(categories);
        retired = List.copyOf(retired);
        latestChanges = List.copyOf(latestChanges);
    }
}
