package dev.trustcenter.model;

import dev.trustcenter.content.PolicySource;
import dev.trustcenter.content.Slugs;
import java.util.Objects;

/**
 * What a range of commits (or the working tree) did to one policy.
 *
 * @param kind    added, removed, renamed (possibly edited too) or edited
 * @param older   the policy before; null when added. Its path is repository-relative.
 * @param newer   the policy after; null when removed
 * @param slug    the slug after (before, for a removed policy)
 */
public record PolicyChange(Kind kind, PolicySource older, PolicySource newer, String slug, boolean markedEditorial) {

    public enum Kind {
        ADDED("added"), REMOVED("removed"), RENAMED("renamed"), EDITED("edited");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public PolicyChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slug, "slug");
        if (older == null && newer == null) {
            throw new IllegalArgumentException("a change needs at least one side");
        }
    }

    static PolicyChange of(Kind kind, PolicySource older, PolicySource newer, String newerContentPath,
                           String olderContentPath, boolean markedEditorial) {
        return new PolicyChange(kind, older, newer, Slugs.fromPath(newerContentPath != null ? newerContentPath : olderContentPath),
                markedEditorial);
    }

    /** The title after the change, or before it for a removed policy. */
    public String title() {
        return (newer != null ? newer : older).title();
    }

    /** The repository-relative path after the change, or before it for a removed policy. */
    public String path() {
        return (newer != null ? newer : older).path();
    }

    /**
     * Whether both sides exist and {@code last_reviewed} moved to a (valid) date: the change records a
     * review. Removing the key, or making it invalid, records none.
     */
    public boolean reviewBumped() {
        return older != null && newer != null && newer.frontMatter().lastReviewed() != null
                && !Objects.equals(older.frontMatter().lastReviewed(), newer.frontMatter().lastReviewed());
    }

    /**
     * Whether both sides exist and neither carries {@code last_reviewed}: the site then counts each
     * revision as a review dated by its commit (as long as the policy never had the key), so a text
     * change needs no bump.
     */
    public boolean withoutReviewDates() {
        return older != null && newer != null && older.frontMatter().lastReviewed() == null
                && newer.frontMatter().lastReviewed() == null;
    }
}
