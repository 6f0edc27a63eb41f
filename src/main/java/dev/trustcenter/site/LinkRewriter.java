package dev.trustcenter.site;

import dev.trustcenter.content.Slugs;
import dev.trustcenter.markdown.LinkResolver;
import dev.trustcenter.view.Urls;
import java.net.URI;

/**
 * Rewrites relative links in a policy's Markdown to site URLs: {@code ../security-policy.md#encryption}
 * → {@code /security-policy/#encryption}, {@code diagram.svg} → {@code /security/diagram.svg}. Links
 * are made absolute on the site so they work from archived pages deeper in the tree.
 */
final class LinkRewriter implements LinkResolver {

    private final Urls urls;
    private final String dir;

    /** @param contentPath the policy's path relative to the content folder */
    LinkRewriter(Urls urls, String contentPath) {
        this.urls = urls;
        int slash = contentPath.lastIndexOf('/');
        this.dir = slash < 0 ? "" : contentPath.substring(0, slash + 1);
    }

    @Override
    public String resolve(String href) {
        if (href == null || href.isEmpty() || href.startsWith("#") || href.startsWith("/") || href.startsWith("//")
                || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return href;
        }
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash);
        String resolved = normalize(dir + path);
        if (resolved == null) {
            return href;
        }
        if (resolved.endsWith(".md")) {
            return urls.href(urls.policy(Slugs.fromPath(resolved))) + fragment;
        }
        return urls.href(urls.asset(resolved)) + fragment;
    }

    /** Content-relative normalized path, or null when it leaves the content folder. */
    static String normalize(String path) {
        try {
            String n = URI.create("x:/" + path.replace(" ", "%20")).normalize().getPath();
            if (n == null || n.startsWith("/..") || n.contains("/../")) {
                return null;
            }
            return n.substring(1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
