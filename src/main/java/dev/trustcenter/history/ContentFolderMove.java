package dev.trustcenter.history;

import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
     * {@code older} (or is the repository's top), and most files of one other folder came into it by
     * renames, each to the same path under it — at the top, most Markdown files there came so. Null
     * otherwise (the folder is new, or took a file or two from elsewhere).
     *
     * @param whole compares whole trees
     */
    static ContentFolderMove find(ObjectReader reader, TreeDiffer whole, RevTree older, RevTree newer, String folder)
            throws IOException {
        if (older == null || !folder.isEmpty() && GitRepositories.hasFolder(reader, older, folder)) {
            return null;
        }
        List<DiffEntry> changes = whole.changes(older, newer);
        // a file renamed on the way, or brought in from elsewhere, does not outvote the folder's own
        Map<String, Integer> votes = new TreeMap<>();
        for (DiffEntry e : changes) {
            String from = movedFrom(e, folder);
            if (from != null) {
                votes.merge(from, 1, Integer::sum);
            }
        }
        String from = null;
        int moved = 0;
        for (Map.Entry<String, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > moved) {
                from = vote.getKey();
                moved = vote.getValue();
            }
        }
        if (from == null || 2 * moved <= files(reader, older, from, false)
                || folder.isEmpty() && 2 * moved <= files(reader, newer, "", true)) {
            return null;
        }
        return new ContentFolderMove(from, changes);
    }

    /** The folder {@code e} renamed a file from into {@code folder}, to the same path under it; null for any other change. */
    private static String movedFrom(DiffEntry e, String folder) {
        if (e.getChangeType() != DiffEntry.ChangeType.RENAME || !ContentPaths.isUnder(folder, e.getNewPath())
                || !folder.isEmpty() && ContentPaths.isUnder(folder, e.getOldPath())) {
            return null;
        }
        String inFolder = ContentPaths.toContent(folder, e.getNewPath());
        String old = e.getOldPath();
        String from = old.equals(inFolder) ? "" : old.endsWith("/" + inFolder)
                ? old.substring(0, old.length() - inFolder.length() - 1) : null;
        // at the top, a file renamed there is no folder moved
        return folder.isEmpty() && "".equals(from) ? null : from;
    }

    /** @param markdown count only Markdown files (at the top, a repository holds much else) */
    private static int files(ObjectReader reader, RevTree tree, String folder, boolean markdown) throws IOException {
        try (TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(tree);
            walk.setRecursive(true);
            if (!folder.isEmpty()) {
                walk.setFilter(PathFilter.create(folder));
            }
            int files = 0;
            while (walk.next()) {
                files += !markdown || walk.getPathString().endsWith(".md") ? 1 : 0;
            }
            return files;
        }
    }
}
