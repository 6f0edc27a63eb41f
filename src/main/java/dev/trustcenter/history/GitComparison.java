package dev.trustcenter.history;

import dev.trustcenter.diag.UserException;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.NotIgnoredFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Compares two commits, or a commit and the working tree, under the content folder. */
final class GitComparison {

    private GitComparison() {
    }

    /** Takes ownership of {@code repo}: it ends up in the returned blob source, or closed on failure. */
    static TreeComparison compare(Repository repo, ComparisonRequest request) {
        try {
            String root = request.contentPath();
            try (RevWalk walk = new RevWalk(repo)) {
                RevCommit from = walk.parseCommit(GitRepositories.resolve(repo, request.from()));
                if (request.workingTree()) {
                    if (repo.isBare()) {
                        throw new UserException("the repository at " + repo.getDirectory() + " is bare: it has no working tree");
                    }
                    requireContentFolder(walk.getObjectReader(), root, from.getTree(), request.from(), null, null,
                            Files.isDirectory(repo.getWorkTree().toPath().resolve(root)));
                    List<DiffEntry> entries = workingTreeChanges(repo, from, root);
                    Map<String, Path> onDisk = new HashMap<>();
                    List<FileChange> changes = toChanges(entries, root, request, Map.of(), path -> {
                        String id = FileBlobSource.idFor(path);
                        onDisk.put(id, repo.getWorkTree().toPath().resolve(ContentPaths.toRepo(root, path)));
                        return id;
                    });
                    return new TreeComparison(root, from.name(), from.name(), null, changes,
                            new MixedBlobSource(new GitBlobSource(repo), new FileBlobSource(onDisk)));
                }
                RevCommit to = walk.parseCommit(GitRepositories.resolve(repo, request.to()));
                RevCommit base = mergeBase(repo, walk, from, to, request);
                requireContentFolder(walk.getObjectReader(), root, walk.parseCommit(base).getTree(), request.from(),
                        to.getTree(), request.to(), false);
                RevTree baseTree = walk.parseCommit(base).getTree();
                ObjectReader reader = walk.getObjectReader();
                try (TreeDiffer differ = new TreeDiffer(reader, root); TreeDiffer whole = new TreeDiffer(reader, "")) {
                    ContentFolderMove move = ContentFolderMove.find(reader, whole, baseTree, to.getTree(), root);
                    if (move != null && move.from().isEmpty()) {
                        move = null; // from the top, the old side would be the whole repository: list them as added
                    }
                    Map<String, List<FileChange.Commit>> commits = commits(reader, differ, base, to, root);
                    // moved, the folders compare as they are: a policy edited as well stays the same policy
                    List<FileChange> changes = move == null
                            ? toChanges(differ.changes(baseTree, to.getTree()), root, request, commits, path -> null)
                            : toChanges(whole.changes(folder(walk, baseTree, move.from()), folder(walk, to.getTree(), root)), "",
                                    request, commits, path -> null);
                    return new TreeComparison(root, base.name(), from.name(), to.name(), changes, new GitBlobSource(repo));
                }
            }
        } catch (IOException e) {
            repo.close();
            throw new UncheckedIOException("cannot compare versions in " + repo.getDirectory(), e);
        } catch (RuntimeException e) {
            repo.close();
            throw e;
        }
    }

    /** The tree of {@code path} in {@code tree}. */
    private static RevTree folder(RevWalk walk, RevTree tree, String path) throws IOException {
        return walk.parseTree(GitRepositories.folder(walk.getObjectReader(), tree, path));
    }

    /**
     * A folder on one side only is every policy added or removed; on neither, {@code --content} is
     * wrong, and "no policy changed" would hide that.
     *
     * @param newer null for the working tree, whose folder {@code onDisk} tells
     */
    private static void requireContentFolder(ObjectReader reader, String root, RevTree older, String olderName,
                                             RevTree newer, String newerName, boolean onDisk) throws IOException {
        if (root.isEmpty() || GitRepositories.hasFolder(reader, older, root) || (newer == null ? onDisk : GitRepositories.hasFolder(reader, newer, root))) {
            return;
        }
        String sides = newer == null ? "at " + olderName + " nor in the working tree"
                : "at " + olderName + " nor at " + newerName;
        throw new UserException("content folder '" + root + "' not found " + sides
                + ": give the folder that holds the policies with --content PATH");
    }

    private static RevCommit mergeBase(Repository repo, RevWalk walk, RevCommit from, RevCommit to,
                                       ComparisonRequest request) throws IOException {
        walk.reset();
        walk.setRevFilter(RevFilter.MERGE_BASE);
        walk.markStart(from);
        walk.markStart(to);
        RevCommit base = walk.next();
        walk.reset();
        walk.setRevFilter(RevFilter.ALL);
        if (base == null && GitRepositories.isShallow(repo)) {
            // the history that joins them was not fetched; a deeper clone that holds it works as is
            throw new UserException("no merge base of '" + request.from() + "' and '" + request.to() + "' to compare"
                    + " with: " + GitRepositories.SHALLOW_MESSAGE);
        }
        if (base == null) {
            throw new UserException("'" + request.from() + "' and '" + request.to() + "' have no common ancestor:"
                    + " there is no merge base to compare with");
        }
        return base;
    }

    /** The commit's tree against the files on disk that git does not ignore, renames paired. */
    private static List<DiffEntry> workingTreeChanges(Repository repo, RevCommit from, String root) throws IOException {
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.setRecursive(true);
            walk.addTree(from.getTree());
            FileTreeIterator disk = new FileTreeIterator(repo);
            walk.addTree(disk);
            List<TreeFilter> filters = new ArrayList<>(List.of(new NotIgnoredFilter(1), TreeFilter.ANY_DIFF));
            if (!root.isEmpty()) {
                filters.add(0, PathFilter.create(root));
            }
            walk.setFilter(AndTreeFilter.create(filters));
            List<DiffEntry> entries = DiffEntry.scan(walk).stream()
                    .filter(e -> e.getOldMode() != FileMode.GITLINK && e.getNewMode() != FileMode.GITLINK)
                    .toList();
            try (var reader = repo.newObjectReader()) {
                RenameDetector renames = new RenameDetector(reader, new Config().get(DiffConfig.KEY));
                renames.addAll(entries);
                return renames.compute(new ContentSource.Pair(ContentSource.create(reader), ContentSource.create(disk)),
                        NullProgressMonitor.INSTANCE);
            } catch (CanceledException e) {
                throw new IllegalStateException("rename detection cannot be cancelled here", e);
            }
        }
    }

    /**
     * The commits in {@code base..to} (merges left out, at most a thousand) that changed each file,
     * by content path: a pull request's {@code Change-Type} trailers.
     */
    private static Map<String, List<FileChange.Commit>> commits(ObjectReader reader, TreeDiffer differ, RevCommit base,
                                                               RevCommit to, String root) throws IOException {
        Map<String, List<FileChange.Commit>> commits = new HashMap<>();
        try (RevWalk range = new RevWalk(reader)) {
            range.markStart(range.parseCommit(to));
            range.markUninteresting(range.parseCommit(base));
            int seen = 0;
            for (RevCommit c : range) {
                if (++seen > 1000) {
                    break;
                }
                if (c.getParentCount() > 1) {
                    continue;
                }
                for (DiffEntry e : differ.changes(range, c)) {
                    if (!e.getNewPath().equals(DiffEntry.DEV_NULL) && ContentPaths.isUnder(root, e.getNewPath())) {
                        String before = e.getChangeType() == DiffEntry.ChangeType.ADD ? null : e.getOldId().name();
                        commits.computeIfAbsent(ContentPaths.toContent(root, e.getNewPath()), k -> new ArrayList<>())
                                .add(new FileChange.Commit(c.getFullMessage(), before, e.getNewId().name()));
                    }
                }
            }
        }
        return commits;
    }

    /**
     * @param commits   the range's commits by content path on the newer side
     * @param newSideId gives the blob id of a working-tree file by content path; null keeps git's id
     */
    private static List<FileChange> toChanges(List<DiffEntry> entries, String root, ComparisonRequest request,
                                              Map<String, List<FileChange.Commit>> commits,
                                              java.util.function.Function<String, String> newSideId) {
        List<FileChange> changes = new ArrayList<>();
        for (DiffEntry e : entries) {
            String oldPath = content(root, e.getOldPath(), request);
            String newPath = content(root, e.getNewPath(), request);
            if (oldPath == null && newPath == null) {
                continue;
            }
            String oldId = oldPath == null ? null : e.getOldId().name();
            String newId = newPath == null ? null : newId(e.getNewId().toObjectId(), newPath, newSideId);
            FileChange.Kind kind;
            if (oldPath == null) {
                kind = FileChange.Kind.ADDED;
            } else if (newPath == null) {
                kind = FileChange.Kind.DELETED;
            } else {
                kind = oldPath.equals(newPath) ? FileChange.Kind.MODIFIED : FileChange.Kind.RENAMED;
            }
            changes.add(new FileChange(kind, oldPath, newPath, oldId, newId,
                    newPath == null ? List.of() : commits.getOrDefault(newPath, List.of())));
        }
        changes.sort(Comparator.comparing(FileChange::path));
        return changes;
    }

    private static String newId(ObjectId gitId, String contentPath, java.util.function.Function<String, String> newSideId) {
        String id = newSideId.apply(contentPath);
        return id != null ? id : gitId.name();
    }

    /** The content path of a tracked file, or null (outside the folder, not tracked, or /dev/null). */
    private static String content(String root, String repoPath, ComparisonRequest request) {
        if (repoPath == null || repoPath.equals(DiffEntry.DEV_NULL) || !ContentPaths.isUnder(root, repoPath)) {
            return null;
        }
        String contentPath = ContentPaths.toContent(root, repoPath);
        return request.tracked().test(contentPath) ? contentPath : null;
    }

    /** Git blobs for the committed side, files on disk for the working-tree side. */
    private record MixedBlobSource(BlobSource git, BlobSource disk) implements BlobSource {
        @Override
        public byte[] read(String blobId) {
            return blobId.startsWith(FileBlobSource.PREFIX) ? disk.read(blobId) : git.read(blobId);
        }

        @Override
        public void close() {
            git.close();
            disk.close();
        }
    }
}
