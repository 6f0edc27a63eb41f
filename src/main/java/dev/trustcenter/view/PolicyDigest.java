package dev.trustcenter.view;

import java.util.List;

/**
 * What site-wide pages need from one rendered policy, kept after its bodies are dropped: its
 * listing, its reviews as change entries (oldest first), its index entry and its page URLs.
 */
public record PolicyDigest(PolicySummaryView summary, List<ChangeEntryView> changes, PolicyJson json,
                           List<SitemapView.Entry> sitemap) {

    public PolicyDigest {
        changes = List.copyOf(changes);
        sitemap = List.copyOf(sitemap);
    }
}
