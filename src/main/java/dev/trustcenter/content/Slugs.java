package dev.trustcenter.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a content-relative Markdown path into the policy's slug: its permanent URL segment. */
public final class Slugs {

    /** Top-level addresses of the site's own pages. */
    private static final Set<String> SITE_PAGES = Set.of("search");
    /** The first segment of a policy's own pages under its slug: {@code history}, a review label, … */
    private static final Pattern POLICY_PAGE = Pattern.compile("history|compare|revisions|draft|\\d{4}-q[1-4](-\\d+)?");

    /** Files the site writes at its top, and the default theme's own files. */
    private static final Set<String> SITE_FILES = Set.of("index.html", "404.html", "feed.xml", "feed-material.xml",
            "sitemap.xml", "policies.json", "reviews.ics", "trustcenter-archive.zip", "search-index.json",
            "search/index.html", "assets/style.css", "assets/site.js", "assets/search.js", "assets/lunr.min.js");
    /** Files the site writes in a policy's folder, or in the folder of one of its pages. */
    private static final Set<String> POLICY_FILES = Set.of("index.html", "feed.xml", "feed-material.xml");

    private Slugs() {
    }

    /** {@code Security/Access Control.md} → {@code security/access-control}. */
    public static String fromPath(String contentPath) {
        String p = contentPath.endsWith(".md") ? contentPath.substring(0, contentPath.length() - 3) : contentPath;
        StringBuilder slug = new StringBuilder();
        for (String written : p.toLowerCase(Locale.ROOT).split("/")) {
            String ascii = Normalizer.normalize(written, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
            String s = ascii.replaceAll("[^a-z0-9-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
            if (s.isEmpty() && written.codePoints().anyMatch(Character::isLetterOrDigit)) {
                s = unspellable(written); // as written: without its marks, バ and パ would both be ハ
            }
            if (!s.isEmpty()) {
                slug.append(slug.length() == 0 ? "" : "/").append(s);
            }
        }
        return slug.length() == 0 ? "policy" : slug.toString();
    }

    /**
     * A name in a script without Latin letters ({@code 情報セキュリティ}): "p-" and the start of its
     * SHA-256, the same for the same name everywhere, so such policies neither share "policy" as
     * their slug nor lose their folder's name from it.
     */
    private static String unspellable(String segment) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    Normalizer.normalize(segment, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
            return "p-" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
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
        String pages = pagesFolder(slug, others);
        return pages == null ? null : "the pages of policy '" + parent(pages) + "' (/" + pages + "/)";
    }

    /**
     * What the content file {@code contentPath} (an asset, copied as it is) would overwrite among
     * the files the site writes, or null: one of the site's own files, or a page or feed of the
     * policy whose slug is one of {@code slugs}.
     */
    public static String takenFile(String contentPath, Collection<String> slugs) {
        if (SITE_FILES.contains(contentPath)) {
            return "the site's own /" + contentPath;
        }
        int cut = contentPath.lastIndexOf('/');
        if (cut < 0 || !POLICY_FILES.contains(contentPath.substring(cut + 1))) {
            return null;
        }
        String folder = contentPath.substring(0, cut);
        String pages = pagesFolder(folder, slugs);
        String owner = slugs.contains(folder) ? folder : pages == null ? null : parent(pages);
        return owner == null ? null : "a page or file of policy '" + owner + "' (/" + contentPath + ")";
    }

    /** The folder of a policy's own page that {@code path} is, or is inside (security/history), or null. */
    private static String pagesFolder(String path, Collection<String> slugs) {
        for (int cut = path.lastIndexOf('/'); cut > 0; cut = path.lastIndexOf('/', cut - 1)) {
            String rest = path.substring(cut + 1);
            String segment = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
            if (slugs.contains(path.substring(0, cut)) && POLICY_PAGE.matcher(segment).matches()) {
                return path.substring(0, cut + 1 + segment.length());
            }
        }
        return null;
    }

    private static String parent(String path) {
        return path.substring(0, path.lastIndexOf('/'));
    }
}
