package dev.trustcenter.view;

import java.net.URI;

/**
 * The single owner of every URL pattern. Published review and revision URLs must never move, so
 * they are defined here once. Paths are site-relative ({@code /security-policy/2017-q2/});
 * {@link #href} prefixes the base URL's path for links inside pages, {@link #absolute} makes the
 * full URLs feeds and sitemaps need.
 */
public final class Urls {

    private final String baseUrl;
    private final String origin;
    private final String prefix;

    /** @param baseUrl e.g. {@code https://trust.example.com/} or {@code https://example.github.io/trust/}; may be empty */
    public Urls(String baseUrl) {
        this.baseUrl = baseUrl == null ? "" : baseUrl.trim();
        if (this.baseUrl.isEmpty()) {
            origin = "";
            prefix = "";
            return;
        }
        URI uri = URI.create(baseUrl.trim());
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        prefix = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        origin = uri.getScheme() == null ? "" : uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** The base URL pages are built for ({@code --base-url}, else {@code base_url}); empty when there is none. */
    public String baseUrl() {
        return baseUrl;
    }

    public String home() {
        return "/";
    }

    public String policy(String slug) {
        return "/" + slug + "/";
    }

    public String history(String slug) {
        return policy(slug) + "history/";
    }

    /** A review page: {@code /security-policy/2017-q2/}. */
    public String review(String slug, String labelSlug) {
        return policy(slug) + labelSlug + "/";
    }

    /** A revision page: {@code /security-policy/revisions/0123456789ab/}. */
    public String revision(String slug, String revisionId) {
        return policy(slug) + "revisions/" + revisionId + "/";
    }

    /** {@code from} and {@code to} are review label slugs or revision ids. */
    public String compare(String slug, String from, String to) {
        return policy(slug) + "compare/" + from + "..." + to + "/";
    }

    public String compareSideBySide(String slug, String from, String to) {
        return compare(slug, from, to) + "side-by-side/";
    }

    /**
     * The working tree's text of a policy, shown only by the preview server ({@code serve}); never
     * part of a built site: {@code /security-policy/draft/}.
     */
    public String draft(String slug) {
        return policy(slug) + "draft/";
    }

    /** What the draft changes against the last published version: {@code /security-policy/draft/diff/}. */
    public String draftDiff(String slug) {
        return draft(slug) + "diff/";
    }

    public String draftDiffSideBySide(String slug) {
        return draftDiff(slug) + "side-by-side/";
    }

    public String policyFeed(String slug) {
        return policy(slug) + "feed.xml";
    }

    public String policyMaterialFeed(String slug) {
        return policy(slug) + "feed-material.xml";
    }

    public String siteFeed() {
        return "/feed.xml";
    }

    public String materialFeed() {
        return "/feed-material.xml";
    }

    public String policiesJson() {
        return "/policies.json";
    }

    /** The iCalendar feed of next reviews and effective dates. */
    public String calendar() {
        return "/reviews.ics";
    }

    /** Every published version of every policy, with policies.json, in one zip. */
    public String archive() {
        return "/trustcenter-archive.zip";
    }

    public String sitemap() {
        return "/sitemap.xml";
    }

    public String notFound() {
        return "/404.html";
    }

    /** The search page; {@link #searchIndex} is what it searches. */
    public String search() {
        return "/search/";
    }

    public String searchIndex() {
        return "/search-index.json";
    }

    /**
     * A version's PDF, in its permanent page's folder and named so that a downloaded copy still says
     * what it is: {@code /security-policy/2017-q2/security-policy-2017-q2.pdf}.
     */
    public String pdf(String versionPath, String slug, String versionKey) {
        return versionPath + slug.substring(slug.lastIndexOf('/') + 1) + "-" + versionKey + ".pdf";
    }

    public String assets() {
        return "/assets/";
    }

    public String asset(String contentPath) {
        return "/" + contentPath;
    }

    /** The base URL's host name, or null when the site has no base URL. */
    public String host() {
        if (origin.isEmpty()) {
            return null;
        }
        String host = URI.create(origin).getHost();
        return host == null || host.isEmpty() ? null : host;
    }

    /** A link as printed in a page: the site path under the base URL's path. */
    public String href(String sitePath) {
        return prefix + sitePath;
    }

    /** A full URL when the site has a base URL, else the link as printed in a page. */
    public String absolute(String sitePath) {
        return origin + prefix + sitePath;
    }

    /** The file a site path is written to: {@code /a/b/} → {@code a/b/index.html}. */
    public static String file(String sitePath) {
        String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    }
}
