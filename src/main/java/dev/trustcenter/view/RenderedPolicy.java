package dev.trustcenter.view;

import dev.trustcenter.diff.ChangeType;
import dev.trustcenter.diff.PolicyDiff;
import dev.trustcenter.markdown.RenderedBody;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.Revision;
import dev.trustcenter.model.TextEdits;
import java.util.List;
import java.util.Map;

/**
 * A policy with its rendered bodies (by revision id), the diffs the site publishes, keyed by
 * {@link #pairKey}, and which of its revisions changed the text. Built and dropped one policy at a
 * time, so the whole history never sits in memory.
 */
public record RenderedPolicy(Policy policy, Map<String, RenderedBody> bodies, Map<String, Comparison> diffs,
                             TextEdits edits) {

    public RenderedPolicy {
        bodies = Map.copyOf(bodies);
        diffs = Map.copyOf(diffs);
    }

    /** A published diff between two revisions of the policy, with its classification. */
    public record Comparison(Revision from, Revision to, PolicyDiff diff, ChangeType changeType) {
    }

    public static String pairKey(Revision from, Revision to) {
        return from.id() + "..." + to.id();
    }

    /** The URL segment naming a version in compare URLs: its review label, else its revision id. */
    public static String compareKey(Revision r) {
        return r.review() ? r.label().slug() : r.id();
    }

    public RenderedBody body(Revision r) {
        return bodies.get(r.id());
    }

    public Comparison comparison(Revision from, Revision to) {
        return diffs.get(pairKey(from, to));
    }

    /**
     * Whether the latest text reads otherwise than the last review's, as its published comparison
     * says: revisions since that renamed the file, edited its front matter or only reflowed its
     * Markdown leave nothing for a reviewer to read.
     */
    public boolean textChangedSinceReview() {
        if (policy.unreviewed().isEmpty()) {
            return false;
        }
        Comparison c = comparison(policy.lastReview().revision(), policy.latest());
        // without a published comparison (a benchmark build without them) any revision counts
        return c == null || c.changeType() != ChangeType.NONE;
    }

    /** The diff against the previous revision, or null for the first. */
    public Comparison previous(Revision r) {
        List<Revision> revs = policy.revisions();
        int i = policy.indexOf(r);
        return i <= 0 ? null : comparison(revs.get(i - 1), r);
    }
}
