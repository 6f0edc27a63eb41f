package dev.trustcenter.history;

import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffEntry.ChangeType;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.util.List;

/**
 * Compares two trees under the content folder. {@link TreeFilter#ANY_DIFF} skips subtrees whose ids
 * are equal, so the cost follows what changed, not how many files exist. Not thread-safe.
 */
final class TreeDiffer implements AutoCloseable {

    /** Above this many adds or deletes in one commit only exact renames are found (git's default is 1000). */
    private static final int RENAME_LIMIT = 1000;

    private final ObjectReader reader;
    private final TreeWalk walk;
    private final RenameDetector renames;

    TreeDiffer(ObjectReader reader, String root) {
        this.reader = reader;
        this.walk = new TreeWalk(reader);
        walk.setRecursive(true);
        root(root);
        // A fresh DiffConfig, so the user's diff.renames / diff.renameLimit settings change nothing.
        this.renames = new RenameDetector(reader, new Config().get(DiffConfig.KEY));
        renames.setRenameLimit(RENAME_LIMIT);
    }

    /** Compares under {@code root} from now on ({@code ""}: the whole tree). */
    void root(String root) {
        walk.setFilter(root.isEmpty() ? TreeFilter.ANY_DIFF
                : AndTreeFilter.create(PathFilter.create(root), TreeFilter.ANY_DIFF));
    }

    /** The changes {@code commit} made: against its first parent, or against nothing for a root commit. */
    List<DiffEntry> changes(RevWalk walk, RevCommit commit) throws IOException {
        return changes(commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0)).getTree(), commit.getTree());
    }

    /** Changes from {@code parent} ({@code null} for a root commit) to {@code tree}, renames paired. */
    List<DiffEntry> changes(RevTree parent, RevTree tree) throws IOException {
        walk.reset();
        if (parent == null) {
            walk.addTree(new EmptyTreeIterator());
        } else {
            walk.addTree(parent);
        }
        walk.addTree(tree);
        List<DiffEntry> entries = DiffEntry.scan(walk).stream().filter(e -> !isSubmodule(e)).toList();
        return hasAddsAndDeletes(entries) ? detectRenames(entries) : entries;
    }

    private List<DiffEntry> detectRenames(List<DiffEntry> entries) throws IOException {
        renames.reset();
        renames.addAll(entries);
        try {
            return renames.compute(reader, NullProgressMonitor.INSTANCE);
        } catch (CanceledException e) {
            throw new IllegalStateException("rename detection cannot be cancelled here", e);
        }
    }

    private static boolean hasAddsAndDeletes(List<DiffEntry> entries) {
        return entries.stream().anyMatch(e -> e.getChangeType() == ChangeType.ADD)
                && entries.stream().anyMatch(e -> e.getChangeType() == ChangeType.DELETE);
    }

    private static boolean isSubmodule(DiffEntry e) {
        return e.getOldMode() == FileMode.GITLINK || e.getNewMode() == FileMode.GITLINK;
    }

    @Override
    public void close() {
        walk.close();
    }
}
