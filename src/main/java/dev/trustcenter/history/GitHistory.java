package dev.trustcenter.history;

import dev.trustcenter.diag.UserException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a repository's first-parent history of the content folder in a single walk. */
final class GitHistory {

    /** Enough for any pull request; a long-lived branch merged whole keeps its newest commits. */
    private static final int MERGED_LIMIT = 500;

    private GitHistory() {
    }

    /** Takes ownership of {@code repo}: it ends up in the returned blob source, or closed on failure. */
    static RepositoryHistory read(Repository repo, HistoryRequest request) {
        try {
            GitRepositories.requireComplete(repo);
            ObjectId built = GitRepositories.resolve(repo, request.ref());
            String root = request.contentPath();
            List<SnapshotFile> files;
            List<FileLineage> lineages;
            try (RevWalk walk = new RevWalk(repo)) {
                RevCommit commit = walk.parseCommit(built);
                files = filesAt(walk.getObjectReader(), commit.getTree(), root, request.refOrHead());
                lineages = walkFirstParents(walk, commit, new LineageBuilder(root, request.tracked(), files), root);
            }
            List<String> uncommitted = UncommittedChanges.paths(repo, root, built);
            return new RepositoryHistory(RepositoryHistory.Mode.GIT, built.name(), root, lineages, files,
                    uncommitted, new GitBlobSource(repo));
        } catch (IOException e) {
            repo.close();
            throw new UncheckedIOException("cannot read the history of " + repo.getDirectory(), e);
        } catch (RuntimeException e) {
            repo.close();
            throw e;
        }
    }

    private static List<FileLineage> walkFirstParents(RevWalk walk, RevCommit start, LineageBuilder lineages,
                                                      String root) throws IOException {
        walk.setFirstParent(true);
        walk.markStart(start);
        ObjectReader reader = walk.getObjectReader();
        try (TreeDiffer differ = new TreeDiffer(reader, root); TreeDiffer whole = new TreeDiffer(reader, "")) {
            for (RevCommit commit : walk) {
                RevTree parentTree = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0)).getTree();
                List<DiffEntry> changes = differ.changes(parentTree, commit.getTree());
                if (changes.isEmpty()) {
                    continue;
                }
                String folder = lineages.root();
                String olderFolder = folder;
                ContentFolderMove move = mayHaveMoved(changes, folder)
                        ? ContentFolderMove.find(reader, whole, parentTree, commit.getTree(), folder) : null;
                if (move != null) {
                    olderFolder = move.from();
                    changes = move.changes().stream().filter(e -> ContentPaths.isUnder(folder, e.getNewPath())
                            || ContentPaths.isUnder(move.from(), e.getOldPath())).toList();
                }
                lineages.apply(commitInfo(commit, merged(walk, commit, folder), Set.of()), changes, olderFolder);
                if (!olderFolder.equals(folder)) {
                    differ.root(olderFolder);
                }
            }
        }
        return lineages.lineages();
    }

    /** Files came into the folder: as adds, or at the top, where the walk sees the whole tree, as renames. */
    private static boolean mayHaveMoved(List<DiffEntry> changes, String folder) {
        DiffEntry.ChangeType came = folder.isEmpty() ? DiffEntry.ChangeType.RENAME : DiffEntry.ChangeType.ADD;
        return changes.stream().anyMatch(e -> e.getChangeType() == came);
    }

    /** Every file under the content folder in {@code tree}, sorted by content path. */
    private static List<SnapshotFile> filesAt(ObjectReader reader, RevTree tree, String root, String ref)
            throws IOException {
        List<SnapshotFile> files = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(contentTree(reader, tree, root, ref));
            walk.setRecursive(true);
            while (walk.next()) {
                if (walk.getFileMode(0) != FileMode.GITLINK) {
                    files.add(new SnapshotFile(walk.getPathString(), walk.getObjectId(0).name()));
                }
            }
        }
        files.sort(Comparator.comparing(SnapshotFile::contentPath));
        return files;
    }

    private static ObjectId contentTree(ObjectReader reader, RevTree tree, String root, String ref) throws IOException {
        ObjectId folder = GitRepositories.folder(reader, tree, root);
        if (folder == null) {
            throw new UserException("content folder '" + root + "' not found at " + ref);
        }
        return folder;
    }

    /**
     * The commits a merge brought in, oldest first, leaving out merges among them, at most
     * {@link #MERGED_LIMIT} (the newest): a pull request merged with a merge commit carries its author
     * and trailers on these.
     */
    private static List<CommitInfo> merged(RevWalk firstParents, RevCommit merge, String folder) throws IOException {
        if (merge.getParentCount() < 2) {
            return List.of();
        }
        List<CommitInfo> merged = new ArrayList<>();
        try (RevWalk branch = new RevWalk(firstParents.getObjectReader());
             TreeDiffer differ = new TreeDiffer(firstParents.getObjectReader(), folder)) {
            branch.markUninteresting(branch.parseCommit(merge.getParent(0)));
            for (int i = 1; i < merge.getParentCount(); i++) {
                branch.markStart(branch.parseCommit(merge.getParent(i)));
            }
            for (RevCommit c : branch) {
                if (merged.size() == MERGED_LIMIT) {
                    break;
                }
                // main merged into the branch on the way: no one's change of its own
                if (c.getParentCount() < 2) {
                    merged.add(commitInfo(c, List.of(), changedPaths(differ.changes(branch, c))));
                }
            }
        }
        Collections.reverse(merged);
        return merged;
    }

    /** So that a pull request's commits are credited only for the policies they changed. */
    private static Set<String> changedPaths(List<DiffEntry> changes) {
        Set<String> paths = new HashSet<>();
        for (DiffEntry e : changes) {
            paths.add(e.getOldPath());
            paths.add(e.getNewPath());
        }
        paths.remove(DiffEntry.DEV_NULL);
        return paths;
    }

    private static CommitInfo commitInfo(RevCommit c, List<CommitInfo> merged, Set<String> changed) {
        PersonIdent author = c.getAuthorIdent();
        PersonIdent committer = c.getCommitterIdent();
        return new CommitInfo(c.name(), committer.getWhenAsInstant(), author.getName(), author.getEmailAddress(),
                committer.getName(), committer.getEmailAddress(), c.getShortMessage(), c.getFullMessage(), merged, changed);
    }

}
