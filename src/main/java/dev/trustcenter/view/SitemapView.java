package dev.trustcenter.view;

import java.util.List;

/** {@code sitemap.xml}: absolute URLs with their last modification dates. */
public record SitemapView(List<Entry> entries) {

    public SitemapView {
        entries = List.copyOf(entries);
    }

    public record Entry(String url, String lastmodIso) {
    }
}
