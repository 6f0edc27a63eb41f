package dev.trustcenter.history;

import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

import java.io.IOException;
import java.util.List;

/**
 * The content folder moved ({@code git mv policies docs/policies}): where it was, and the changes
 * that moved it. Its policies are the same policies after the move.
 *
 * @param from    the folder on the older side, {@code ""} for the repository's top
 * @param changes the changes between the two trees in the whole repository, renames paired
 */
record ContentFolderMove(String from, List<DiffEntry> changes) {

    /**
     * The move that made {@code folder} between {@code older} and {@code newer}: the folder is not in
     * {@code older}, and most files of one other folder came into it by renames, each to the same
     * path under it. Null otherwise (the folder is new, or took a file or two from elsewhere).
     *
     * @param whole compares whole trees
     */
    static ContentFolderMove find(ObjectReader reader, TreeDiffer whole, RevTree older, RevTree newer, String folder)
            throws IOException {
        if (folder.isEmpty() || older == null || GitRepositories.hasFolder(reader, older, folder)) {
            return null;
        }
        List<DiffEntry> changes = whole.changes(older, newer);
        String from = null;
        int moved = 0;
        for (DiffEntry e : changes) {
            if (e.getChangeType() != DiffEntry.ChangeType.RENAME || !ContentPaths.isUnder(folder, e.getNewPath())
                    || ContentPaths.isUnder(folder, e.getOldPath())) {
                continue;
            }
            String inFolder = ContentPaths.toContent(folder, e.getNewPath());
            String old = e.getOldPath();
            String candidate = old.equals(inFolder) ? "" : old.endsWith("/" + inFolder)
                    ? old.substring(0, old.length() - inFolder.length() - 1) : null;
            if (candidate == null || (from != null && !from.equals(candidate))) {
                return null;
            }
            from = candidate;
            moved++;
        }
        return from != null && 2 * moved > files(reader, older, from) ? new ContentFolderMove(from, changes) : null;
    }

    private static int files(ObjectReader reader, RevTree tree, String folder) throws IOException {
        try (TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(tree);
            walk.setRecursive(true);
            if (!folder.isEmpty()) {
                walk.setFilter(PathFilter.create(folder));
            }
            int files = 0;
            while (walk.next()) {
                files++;
            }
            return files;
        }
    }
}
