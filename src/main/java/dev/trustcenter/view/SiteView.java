package dev.trustcenter.view;

/**
 * Site-wide values every page template receives as {@code site}.
 *
 * @param root          URL of the home page ({@code /} or the base URL's path, e.g. {@code /trust/})
 * @param assetsUrl     URL prefix of the theme's CSS and scripts, ending in {@code /}
 * @param generatedIso  build time, ISO-8601 UTC
 * @param todayIso      the build's "today", the reference for review banners
 * @param searchUrl     the search page, target of the search box every page carries
 */
public record SiteView(String title, String company, String contact, String baseUrl, String root,
                       String assetsUrl, String feedUrl, String materialFeedUrl, String policiesJsonUrl,
                       String generatedIso, String generatedText, String todayIso, String commit,
                       String commitShort, String searchUrl) {

    /** Without a search URL of its own: the search page sits at {@code <root>search/}. */
    public SiteView(String title, String company, String contact, String baseUrl, String root,
                    String assetsUrl, String feedUrl, String materialFeedUrl, String policiesJsonUrl,
                    String generatedIso, String generatedText, String todayIso, String commit,
                    String commitShort) {
        this(title, company, contact, baseUrl, root, assetsUrl, feedUrl, materialFeedUrl, policiesJsonUrl,
                generatedIso, generatedText, todayIso, commit, commitShort, root + "search/");
    }
}
