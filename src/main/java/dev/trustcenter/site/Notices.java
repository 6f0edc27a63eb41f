package dev.trustcenter.site;

import dev.trustcenter.history.RepositoryHistory;
import java.util.ArrayList;
import java.util.List;

/** One-line remarks about what a build did not publish, and why. */
final class Notices {

    private Notices() {
    }

    /** @param baseUrl the base URL the site is built for, empty if there is none */
    static List<String> of(RepositoryHistory history, String baseUrl) {
        List<String> notices = new ArrayList<>();
        String folder = history.contentRoot().isEmpty() ? "the repository" : history.contentRoot() + "/";
        if (baseUrl.isEmpty()) {
            String index = history.contentRoot().isEmpty() ? "_index.md" : history.contentRoot() + "/_index.md";
            // Atom ids and sitemap locations must be absolute URLs; relative ones are silently useless
            notices.add("warning: no base URL: the feeds and sitemap.xml link to site-relative addresses, which feed"
                    + " readers and search engines cannot follow (set base_url in " + index + ", or pass --base-url)");
        }
        if (history.mode() == RepositoryHistory.Mode.PLAIN_FOLDER) {
            notices.add("warning: " + folder + " is not in a git repository: each policy is published as one"
                    + " version without history (commit it to git to publish reviews)");
        }
        int n = history.uncommittedPaths().size();
        if (n > 0) {
            notices.add("notice: " + n + " uncommitted change" + (n == 1 ? "" : "s") + " in " + folder
                    + " not published (build publishes commits only; commit them, or preview with 'trustcenter serve')");
        }
        return notices;
    }
}
