package dev.trustcenter.view;

import java.util.List;

/** An Atom feed. URLs here are absolute when the site has a base URL. */
public record FeedView(SiteView site, String id, String title, String selfUrl, String alternateUrl,
                       String updatedIso, List<FeedEntryView> entries) {

    public FeedView {
        entries = List.copyOf(entries);
    }

    /** One review as a feed entry. */
    public record FeedEntryView(String id, String title, String url, String updatedIso, String author,
                                String summary, String changeType, String changeText, String diffUrl) {
    }
}
