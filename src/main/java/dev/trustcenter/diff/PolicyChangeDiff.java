package dev.trustcenter.diff;

import dev.trustcenter.content.PolicyStatus;
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
                && !change.withoutReviewDates() && !publishesDraft();
    }

    /**
     * A draft that is published now: its text becomes public, so it is compared with nothing, as an
     * added policy is; against the draft it would read "no text changes".
     */
    public boolean publishesDraft() {
        return publishesDraft(change);
    }

    static boolean publishesDraft(PolicyChange change) {
        return change.older() != null && change.newer() != null
                && change.older().frontMatter().status() == PolicyStatus.DRAFT
                && change.newer().frontMatter().status() != PolicyStatus.DRAFT;
    }

    /** Whether readers see all of the text as new: an added policy, or a draft being published. */
    public boolean newToReaders() {
        return change.older() == null || publishesDraft();
    }

    /**
     * The status after the change when it is not plainly published, for summaries: "published (was a
     * draft)", "retired (was published)", "draft: not published"; "" for a published policy that was
     * published before (or is added published), and for a removed one.
     */
    public String status() {
        if (change.newer() == null) {
            return "";
        }
        PolicyStatus now = change.newer().frontMatter().status();
        PolicyStatus was = change.older() == null ? now : change.older().frontMatter().status();
        if (now == was) {
            return switch (now) {
                case DRAFT -> "draft: not published";
                case RETIRED -> "retired";
                case PUBLISHED -> "";
            };
        }
        String before = switch (was) {
            case DRAFT -> "was a draft";
            case RETIRED -> "was retired";
            case PUBLISHED -> "was published";
        };
        return switch (now) {
            case PUBLISHED -> (was == PolicyStatus.RETIRED ? "published again" : "published") + " (" + before + ")";
            case RETIRED -> "retired (" + before + ")";
            // the build leaves draft revisions out, so readers keep the version before this one
            case DRAFT -> "set to draft (" + before + "): the site keeps showing the last published version";
        };
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
            } else if (textChanged() && !publishesDraft()) {
                s.append(change.withoutReviewDates() ? ", no review dates" : ", review date unchanged");
            }
        }
        return withStatus(s.toString());
    }

    /** {@code phrase} followed by {@link #status()} when there is one: "added (draft: not published)". */
    public String withStatus(String phrase) {
        String status = status();
        return status.isEmpty() ? phrase : status.contains("(") ? phrase + ", " + status : phrase + " (" + status + ")";
    }
}
