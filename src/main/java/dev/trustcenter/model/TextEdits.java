package dev.trustcenter.model;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which revisions of a policy changed its text rather than only its front matter, worked out once
 * per policy: questions about a range of revisions (did any change the text unmarked?) are then
 * answered without walking it, which a history of thousands of review-only commits made slow.
 */
public final class TextEdits {

    private final List<Revision> revisions;
    private final Map<Revision, Integer> index = new IdentityHashMap<>();
    /** For each revision, the index of the last one up to it that changed the text. */
    private final int[] lastEdit;
    /** Prefix counts: revisions up to each (inclusive, from the second) that changed the text. */
    private final int[] edits;
    /** The same for those without {@code Change-Type: editorial}. */
    private final int[] unmarked;

    private TextEdits(List<Revision> revisions) {
        this.revisions = revisions;
        int n = revisions.size();
        lastEdit = new int[n];
        edits = new int[n];
        unmarked = new int[n];
        for (int i = 0; i < n; i++) {
            Revision r = revisions.get(i);
            index.put(r, i);
            boolean edited = i == 0 || !r.source().markdown().equals(revisions.get(i - 1).source().markdown());
            lastEdit[i] = edited ? i : lastEdit[i - 1];
            int counted = i > 0 && edited ? 1 : 0;
            edits[i] = (i == 0 ? 0 : edits[i - 1]) + counted;
            unmarked[i] = (i == 0 ? 0 : unmarked[i - 1]) + (counted == 1 && !r.editorial() ? 1 : 0);
        }
    }

    public static TextEdits of(Policy policy) {
        return new TextEdits(policy.revisions());
    }

    /** The revision that last changed the text {@code r} shows: r itself unless it changed only front matter. */
    public Revision lastEdit(Revision r) {
        Integer i = index.get(r);
        return i == null ? r : revisions.get(lastEdit[i]);
    }

    /** How many revisions after {@code from}, up to {@code to}, changed the text. */
    public int edits(Revision from, Revision to) {
        return edits[index.get(to)] - edits[index.get(from)];
    }

    /** How many of those were not marked {@code Change-Type: editorial}. */
    public int unmarkedEdits(Revision from, Revision to) {
        return unmarked[index.get(to)] - unmarked[index.get(from)];
    }
}
