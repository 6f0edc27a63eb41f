package dev.trustcenter.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One commit, as plain values.
 *
 * @param id      the full 40-character hash
 * @param time    the committer time (when the change landed on the branch)
 * @param subject the first paragraph of the message joined into one line, as {@code git log --format=%s}
 * @param message the full message, for trailers
 */
public record CommitInfo(String id, Instant time, String authorName, String authorEmail,
                         String committerName, String committerEmail, String subject, String message) {

    public CommitInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
    }
}
