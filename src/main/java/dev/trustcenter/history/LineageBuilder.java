package dev.trustcenter.history;

import dev.trustcenter.history.RawRevision.ChangeKind;
import org.eclipse.jgit.diff.DiffEntry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Builds lineages while the walk goes from the newest commit to the oldest. {@code current} maps
 * each tracked path that exists in the tree being looked at to the lineage that owns it: a
 * modification adds a revision; an add (or copy) adds one and ends the lineage; a rename adds one
 * and moves the lineage to the old path; a deletion starts a new lineage for the old path.
 *
 * <p>When the content folder itself was moved ({@code git mv policies docs/policies}), the commit
 * that moved it hands the walk over to the older folder: renames from there continue their
 * lineages, and older commits are read under that folder.
 */
final class LineageBuilder {

    private static final class Building {
        final List<RawRevision> newestFirst = new ArrayList<>();
        final CommitInfo deletedBy;

        Building(CommitInfo deletedBy) {
            this.deletedBy = deletedBy;
        }
    }

    private String root;
    /** The content folder was moved: files of the older folder that the move left behind are no policies. */
    private boolean rootMoved;
    private final Predicate<String> tracked;
    private final Map<String, Building> current = new HashMap<>();
    private final List<Building> all = new ArrayList<>();

    LineageBuilder(String root, Predicate<String> tracked, List<SnapshotFile> atBuiltCommit) {
        this.root = root;
        this.tracked = tracked;
        atBuiltCommit.forEach(f -> startIfTracked(ContentPaths.toRepo(root, f.contentPath()), null));
    }

    String root() {
        return root;
    }

    /** One commit's changes against its first parent; renames already paired up. */
    void apply(CommitInfo commit, List<DiffEntry> changes) {
        apply(commit, changes, root);
    }

    /**
     * One commit's changes, in which the content folder moved from {@code olderRoot} to the current
     * one (or {@code olderRoot} is the current one): older commits are read under {@code olderRoot}.
     */
    void apply(CommitInfo commit, List<DiffEntry> changes, String olderRoot) {
        // Two phases, so a commit that rotates names (a→b, b→c) never overwrites a lineage.
        Map<String, Building> movedToOldPath = new HashMap<>();
        List<String> deleted = new ArrayList<>();
        for (DiffEntry e : changes) {
            switch (e.getChangeType()) {
                case MODIFY -> record(commit, e, ChangeKind.MODIFIED, false);
                case ADD -> record(commit, e, ChangeKind.ADDED, true);
                case COPY -> record(commit, e, ChangeKind.COPIED, true);
                case RENAME -> {
                    Building moved = record(commit, e, ChangeKind.RENAMED, true);
                    if (moved != null && isTracked(olderRoot, e.getOldPath())) {
                        movedToOldPath.put(e.getOldPath(), moved);
                    } else {
                        deleted.add(e.getOldPath()); // renamed away to an untracked name: gone from the site
                    }
                }
                case DELETE -> deleted.add(e.getOldPath());
            }
        }
        current.putAll(movedToOldPath);
        rootMoved |= !olderRoot.equals(root);
        root = olderRoot;
        deleted.forEach(path -> startIfTracked(path, commit));
    }

    /** Lineages oldest revision first, ordered by their newest path, then by when they began. */
    List<FileLineage> lineages() {
        return all.stream()
                .filter(b -> !b.newestFirst.isEmpty())
                .map(b -> {
                    List<RawRevision> revisions = new ArrayList<>(b.newestFirst);
                    Collections.reverse(revisions);
                    return new FileLineage(revisions, b.deletedBy);
                })
                .sorted(Comparator.comparing((FileLineage l) -> l.latest().contentPath())
                        .thenComparing(l -> l.revisions().get(0).commit().time())
                        .thenComparing(l -> l.revisions().get(0).commit().id()))
                .toList();
    }

    private Building record(CommitInfo commit, DiffEntry e, ChangeKind kind, boolean endsHere) {
        String path = e.getNewPath();
        if (!isTracked(path)) {
            return null;
        }
        Building lineage = endsHere ? current.remove(path) : current.get(path);
        if (lineage == null && rootMoved) {
            return null;
        }
        if (lineage == null) {
            lineage = start(path, null); // only if trees and diffs disagree; keep the revision anyway
            if (endsHere) {
                current.remove(path);
            }
        }
        String contentPath = ContentPaths.toContent(root, path);
        lineage.newestFirst.add(new RawRevision(commit, path, contentPath, e.getNewId().name(), kind));
        return lineage;
    }

    private void startIfTracked(String path, CommitInfo deletedBy) {
        if (isTracked(path)) {
            start(path, deletedBy);
        }
    }

    private Building start(String path, CommitInfo deletedBy) {
        Building lineage = new Building(deletedBy);
        all.add(lineage);
        current.put(path, lineage);
        return lineage;
    }

    private boolean isTracked(String repoPath) {
        return isTracked(root, repoPath);
    }

    private boolean isTracked(String folder, String repoPath) {
        return ContentPaths.isUnder(folder, repoPath) && tracked.test(ContentPaths.toContent(folder, repoPath));
    }
}
