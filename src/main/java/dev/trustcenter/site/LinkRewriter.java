package dev.trustcenter.site;

import dev.trustcenter.content.ContentLinks;
import dev.trustcenter.content.Slugs;
import dev.trustcenter.markdown.LinkResolver;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.Revision;
import dev.trustcenter.view.Urls;
import dev.trustcenter.view.ViewContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;

/**
 * Rewrites relative links in a policy's Markdown to site URLs: {@code ../security-policy.md#encryption}
 * → {@code /security-policy/#encryption}, {@code diagram.svg} → {@code /security/diagram.svg}. Links
 * are made absolute on the site so they work from archived pages deeper in the tree. A link to a
 * file a policy was later renamed from goes to that policy's page, so old versions keep working links.
 * What a link points at is decided by {@link ContentLinks}, which {@code check} uses too.
 */
final class LinkRewriter implements LinkResolver {

    private final Urls urls;
    private final Map<String, String> slugsByPath;
    private final String contentPath;

    /**
     * @param slugsByPath {@link #slugsByPath} of the site
     * @param contentPath the policy's path relative to the content folder
     */
    LinkRewriter(Urls urls, Map<String, String> slugsByPath, String contentPath) {
        this.urls = urls;
        this.slugsByPath = slugsByPath;
        this.contentPath = contentPath;
    }

    @Override
    public String resolve(String href) {
        ContentLinks.Target target = ContentLinks.resolve(contentPath, href);
        if (target == null || target.samePage()) {
            return href;
        }
        String fragment = href.indexOf('#') < 0 ? "" : href.substring(href.indexOf('#'));
        if (target.isMarkdown()) {
            String slug = slugsByPath.getOrDefault(target.contentPath(), Slugs.fromPath(target.contentPath()));
            return urls.href(urls.policy(slug)) + fragment;
        }
        return urls.href(encoded(urls.asset(target.contentPath()))) + fragment;
    }

    /** A file name with spaces or accents as a valid URL path: {@code /d%20%C3%BC.svg}. */
    private static String encoded(String sitePath) {
        try {
            return new URI(null, null, sitePath, null).toASCIIString();
        } catch (URISyntaxException e) {
            return sitePath;
        }
    }

    /**
     * Every content path a published policy has had, to the policy's slug. A path that two
     * policies had in turn belongs to the one that has it now, else to the first one found.
     */
    static Map<String, String> slugsByPath(ViewContext ctx) {
        Map<String, String> slugs = new HashMap<>();
        for (Policy p : ctx.model().policies()) {
            slugs.put(p.latest().contentPath(), p.slug());
        }
        for (Policy p : ctx.model().policies()) {
            for (Revision r : p.revisions()) {
                slugs.putIfAbsent(r.contentPath(), p.slug());
            }
        }
        return Map.copyOf(slugs);
    }
}
