package dev.trustcenter.content;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a content-relative Markdown path into the policy's slug: its permanent URL segment. */
public final class Slugs {

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
}
