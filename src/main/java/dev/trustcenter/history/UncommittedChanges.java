package dev.trustcenter.history;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** What {@code git status} reports under the content folder, when the build is of HEAD. */
final class UncommittedChanges {

    private UncommittedChanges() {
    }

    /** Content paths; empty for a bare repository or when {@code built} is not HEAD's commit. */
    static List<String> paths(Repository repo, String root, ObjectId built) throws IOException {
        if (repo.isBare() || !built.equals(repo.resolve(Constants.HEAD + "^{commit}"))) {
            return List.of();
        }
        StatusCommand command = Git.wrap(repo).status();
        if (!root.isEmpty()) {
            command.addPath(root);
        }
        Status status;
        try {
            status = command.call();
        } catch (GitAPIException e) {
            throw new IOException("git status failed", e);
        }
        return Stream.of(status.getAdded(), status.getChanged(), status.getRemoved(), status.getMissing(),
                        status.getModified(), status.getUntracked(), status.getConflicting())
                .flatMap(Set::stream)
                .filter(path -> ContentPaths.isUnder(root, path))
                .map(path -> ContentPaths.toContent(root, path))
                .distinct()
                .sorted()
                .toList();
    }
}
