package dev.trustcenter.content;

import java.net.URI;

/**
 * Where a relative link written in a policy points inside the content folder. {@code build}
 * rewrites such links to site URLs and {@code check} verifies that their targets exist; both go
 * through {@link #resolve} so they can never disagree about what a link means.
 */
public final class ContentLinks {

    private ContentLinks() {
    }

    /**
     * A link's target.
     *
     * @param contentPath the content-relative file, normalised ({@code security/access-control.md});
     *                    for a same-page link ({@code #mfa}) the linking file itself
     * @param fragment    what follows {@code #} (without it), "" when there is none
     * @param samePage    the link was only a fragment
     */
    public record Target(String contentPath, String fragment, boolean samePage) {

        /** Whether the target is a Markdown file: a policy, once published. */
        public boolean isMarkdown() {
            return contentPath.endsWith(".md");
        }
    }

    /** What a link is, before looking at whether its target exists. */
    public enum Kind {
        /** Another scheme ({@code https:}, {@code mailto:}), protocol-relative or site-absolute: left alone. */
        EXTERNAL,
        /** Relative, but climbing out of the content folder with {@code ../}: left alone, cannot work on the site. */
        OUTSIDE,
        /** A file (and maybe a fragment) inside the content folder, or a fragment of the same page. */
        CONTENT
    }

    public static Kind kind(String fromContentPath, String href) {
        if (href == null || href.isEmpty() || href.startsWith("/") || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return Kind.EXTERNAL;
        }
        return resolve(fromContentPath, href) == null ? Kind.OUTSIDE : Kind.CONTENT;
    }

    /**
     * The target of a relative link from the policy at {@code fromContentPath}, or null when the link
     * is not relative ({@link Kind#EXTERNAL}) or leaves the content folder ({@link Kind#OUTSIDE}).
     */
    public static Target resolve(String fromContentPath, String href) {
        if (href == null || href.isEmpty() || href.startsWith("/") || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null;
        }
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash + 1);
        if (path.isEmpty()) {
            return new Target(fromContentPath, fragment, true);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        int slash = fromContentPath.lastIndexOf('/');
        String dir = slash < 0 ? "" : fromContentPath.substring(0, slash + 1);
        String resolved = normalize(dir + path);
        return resolved == null ? null : new Target(resolved, fragment, false);
    }

    /** Content-relative normalized path (percent-escapes decoded), or null when it leaves the content folder. */
    static String normalize(String path) {
        try {
            String n = URI.create("x:/" + path.replace(" ", "%20")).normalize().getPath();
            if (n == null || n.startsWith("/..") || n.contains("/../") || n.equals("/")) {
                return null;
            }
            return n.substring(1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
