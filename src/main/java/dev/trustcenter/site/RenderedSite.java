package dev.trustcenter.site;

import java.util.List;
import java.util.Map;

/**
 * A site rendered into memory by {@link SiteBuild#render}.
 *
 * @param files            site path ({@code security-policy/index.html}) → content, sorted by path;
 *                         the arrays must not be changed
 * @param drafts           the drafts rendered, by slug
 * @param policiesRendered policies whose pages this build rendered
 * @param policiesReused   policies whose pages came from the cache
 */
public record RenderedSite(Map<String, byte[]> files, BuildReport report, List<DraftLink> drafts,
                           int policiesRendered, int policiesReused) {

    public RenderedSite {
        files = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(files));
        drafts = List.copyOf(drafts);
    }
}
