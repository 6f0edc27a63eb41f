package dev.trustcenter.site;

import dev.trustcenter.history.RepositoryHistory;
import java.util.ArrayList;
import java.util.List;

/** One-line remarks about what a build did not publish, and why. */
final class Notices {

    private Notices() {
    }

    static List<String> of(RepositoryHistory history) {
        List<String> notices = new ArrayList<>();
        String folder = history.contentRoot().isEmpty() ? "the repository" : history.contentRoot() + "/";
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
