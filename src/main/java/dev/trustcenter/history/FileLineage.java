package dev.trustcenter.history;

import java.util.List;

/**
 * The versions of one file along the first-parent line, renames followed.
 *
 * @param revisions oldest first, never empty
 * @param deletedBy the commit that deleted (or renamed away to an untracked path) the file, or
 *                  {@code null} when the file exists at the built commit
 */
public record FileLineage(List<RawRevision> revisions, CommitInfo deletedBy) {

    public FileLineage {
        revisions = List.copyOf(revisions);
        if (revisions.isEmpty()) {
            throw new IllegalArgumentException("a lineage needs at least one revision");
        }
    }

    /** The newest revision: the file as it is at the built commit, or just before its deletion. */
    public RawRevision latest() {
        return revisions.get(revisions.size() - 1);
    }

    public boolean isDeleted() {
        return deletedBy != null;
    }
}
