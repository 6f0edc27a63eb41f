package dev.trustcenter.site;

import dev.trustcenter.content.Slugs;
import dev.trustcenter.markdown.LinkResolver;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.Revision;
import dev.trustcenter.view.Urls;
import dev.trustcenter.view.ViewContext;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Rewrites relative links in a policy's Markdown to site URLs: {@code ../security-policy.md#encryption}
 * → {@code /security-policy/#encryption}, {@code diagram.svg} → {@code /security/diagram.svg}. Links
 * are made absolute on the site so they work from archived pages deeper in the tree. A link to a
 * file a policy was later renamed from goes to that policy's page, so old versions keep working links.
 */
final class LinkRewriter implements LinkResolver {

    private final Urls urls;
    private final Map<String, String> slugsByPath;
    private final String dir;

    /**
     * @param slugsByPath {@link #slugsByPath} of the site
     * @param contentPath the policy's path relative to the content folder
     */
    LinkRewriter(Urls urls, Map<String, String> slugsByPath, String contentPath) {
        this.urls = urls;
        this.slugsByPath = slugsByPath;
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
            return urls.href(urls.policy(slugsByPath.getOrDefault(resolved, Slugs.fromPath(resolved)))) + fragment;
        }
        return urls.href(urls.asset(resolved)) + fragment;
    }

    /**
     * Every content path a published policy has had, to the policy's slug. A path that two
     * policies had in turn belongs to the one that has it now, else to the first one found.
     */
    static Map<String, String> slugsByPath(ViewContext ctx) {
        Map<String, String> slugs = new HashMap<>();
        for (Policy p : ctx.model().policies()) {
            slugs.put(ctx.contentPath(p.latest().path()), p.slug());
        }
        for (Policy p : ctx.model().policies()) {
            for (Revision r : p.revisions()) {
                slugs.putIfAbsent(ctx.contentPath(r.path()), p.slug());
            }
        }
        return Map.copyOf(slugs);
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
