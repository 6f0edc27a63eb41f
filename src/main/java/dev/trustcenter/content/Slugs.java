package dev.trustcenter.content;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a content-relative Markdown path into the policy's slug: its permanent URL segment. */
public final class Slugs {

    /** Top-level addresses of the site's own pages. */
    private static final Set<String> SITE_PAGES = Set.of("search");
    /** The first segment of a policy's own pages under its slug: {@code history}, a review label, … */
    private static final Pattern POLICY_PAGE = Pattern.compile("history|compare|revisions|draft|\\d{4}-q[1-4](-\\d+)?");

    private Slugs() {
    }

    /** {@code Security/Access Control.md} → {@code security/access-control}. */
    public static String fromPath(String contentPath) {
        String p = contentPath.endsWith(".md") ? contentPath.substring(0, contentPath.length() - 3) : contentPath;
        String ascii = Normalizer.normalize(p, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder slug = new StringBuilder();
        for (String segment : ascii.toLowerCase(Locale.ROOT).split("/")) {
            String s = segment.replaceAll("[^a-z0-9-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
            if (!s.isEmpty()) {
                slug.append(slug.length() == 0 ? "" : "/").append(s);
            }
        }
        return slug.length() == 0 ? "policy" : slug.toString();
    }

    /**
     * What {@code slug} would overwrite among the site's pages, or null: the search page, or a page
     * of the policy whose slug is one of {@code others} (its history, a review, a revision, a diff),
     * now or once that policy gets that review.
     */
    public static String takenAddress(String slug, Collection<String> others) {
        if (SITE_PAGES.contains(slug)) {
            return "the site's " + slug + " page (/" + slug + "/)";
        }
        for (int cut = slug.lastIndexOf('/'); cut > 0; cut = slug.lastIndexOf('/', cut - 1)) {
            String parent = slug.substring(0, cut);
            String rest = slug.substring(cut + 1);
            String segment = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
            if (others.contains(parent) && POLICY_PAGE.matcher(segment).matches()) {
                return "the pages of policy '" + parent + "' (/" + parent + "/" + segment + "/)";
            }
        }
        return null;
    }
}
