package dev.trustcenter.diff;

import dev.trustcenter.model.PolicyChange;
import java.util.List;
import java.util.Objects;

/**
 * One policy's change in a range, compared word by word.
 *
 * @param change   what happened to the policy
 * @param diff     the body before against the body after (an empty body stands in for a missing side)
 * @param metadata front-matter keys whose values changed, as the writer spells them ({@code last_reviewed})
 */
public record PolicyChangeDiff(PolicyChange change, PolicyDiff diff, List<MetadataChange> metadata) {

    public PolicyChangeDiff {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(diff, "diff");
        metadata = List.copyOf(metadata);
    }

    /** Whether the words changed (not only formatting, links or front matter). */
    public boolean textChanged() {
        return diff.changeType() != ChangeType.NONE;
    }

    /**
     * An existing policy whose text changed while {@code last_reviewed} stayed the same: published,
     * it becomes "changes since the last review" rather than a review.
     */
    public boolean unreviewedTextChange() {
        return change.older() != null && change.newer() != null && textChanged() && !change.reviewBumped()
                && !change.withoutReviewDates();
    }

    /** One short phrase for summaries: "edited, review bumped", "renamed from x.md", "added". */
    public String whatHappened() {
        StringBuilder s = new StringBuilder(change.kind().label());
        if (change.kind() == PolicyChange.Kind.RENAMED) {
            s.append(" from ").append(change.older().path());
        }
        if (change.older() != null && change.newer() != null) {
            if (change.reviewBumped()) {
                s.append(", review recorded");
            } else if (textChanged()) {
                s.append(change.withoutReviewDates() ? ", no review dates" : ", review date unchanged");
            }
        }
        if (change.newer() != null) {
            switch (change.newer().frontMatter().status()) {
                case DRAFT -> s.append(" (draft: not published)");
                case RETIRED -> s.append(" (retired)");
                default -> { }
            }
        }
        return s.toString();
    }
}
