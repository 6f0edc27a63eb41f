package dev.trustcenter.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One commit, as plain values.
 *
 * @param id      the full 40-character hash
 * @param time    the committer time (when the change landed on the branch)
 * @param subject the first paragraph of the message joined into one line, as {@code git log --format=%s}
 * @param message the full message, for trailers
 * @param merged  for a merge commit, the commits it brought in (those on its other parents that its
 *                first parent lacks, merges among them left out), oldest first; empty for any other
 * @param changed for a commit a merge brought in, the repository paths under the content folder it
 *                changed (against its own first parent); empty for any other
 */
public record CommitInfo(String id, Instant time, String authorName, String authorEmail,
                         String committerName, String committerEmail, String subject, String message,
                         List<CommitInfo> merged, Set<String> changed) {

    public CommitInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        merged = List.copyOf(merged);
        changed = Set.copyOf(changed);
    }

    /** A commit that is not a merge. */
    public CommitInfo(String id, Instant time, String authorName, String authorEmail,
                      String committerName, String committerEmail, String subject, String message) {
        this(id, time, authorName, authorEmail, committerName, committerEmail, subject, message, List.of(), Set.of());
    }

    /** A merge that brought in commits of its own (a pull request merged with a merge commit). */
    public boolean isMerge() {
        return !merged.isEmpty();
    }
}
