package dev.trustcenter.history;

/** Conversions between repository-relative and content-relative paths (always forward slashes). */
final class ContentPaths {

    private ContentPaths() {
    }

    /** {@code null}, {@code "."}, {@code "./content/"} and {@code "content\\"} become {@code ""}, {@code ""}, {@code "content"}, {@code "content"}. */
    static String normalize(String contentPath) {
        if (contentPath == null) {
            return "";
        }
        String p = contentPath.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        p = p.replaceAll("^/+|/+$", "");
        return p.equals(".") ? "" : p;
    }

    static boolean isUnder(String root, String repoPath) {
        return root.isEmpty() || repoPath.startsWith(root + "/");
    }

    /** Requires {@link #isUnder}. */
    static String toContent(String root, String repoPath) {
        return root.isEmpty() ? repoPath : repoPath.substring(root.length() + 1);
    }

    static String toRepo(String root, String contentPath) {
        return root.isEmpty() ? contentPath : root + "/" + contentPath;
    }

    static String describe(String root) {
        return root.isEmpty() ? "." : root;
    }
}
