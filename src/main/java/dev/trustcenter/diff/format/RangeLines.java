package dev.trustcenter.diff.format;

import dev.trustcenter.content.PolicyStatus;
import dev.trustcenter.diff.PolicyChangeDiff;
import dev.trustcenter.diff.RangeDiff;
import dev.trustcenter.model.PolicyChange;
import dev.trustcenter.model.SettingsChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Phrases the three range formats share, so text, Markdown and HTML say the same thing. */
final class RangeLines {

    static final String UNBUMPED = "text changed without a last_reviewed bump";

    private RangeLines() {
    }

    static String heading(RangeDiff range) {
        return "Policy changes " + range.from() + ".." + range.to();
    }

    /**
     * "3 policies changed (main at 1a2b3c4 → HEAD at 5d6e7f8)", or "(merge base of main and HEAD at
     * 1a2b3c4 → …)" when main has moved on since HEAD branched off.
     */
    static String overview(RangeDiff range) {
        int n = range.policies().size();
        String counted = n == 0 ? "No policy changed" : n == 1 ? "1 policy changed" : n + " policies changed";
        String from = range.fromMoved() ? "merge base of " + range.from() + " and " + range.to() : range.from();
        return counted + " (" + side(from, range.fromId()) + " → " + side(range.to(), range.toId()) + ")";
    }

    private static String side(String name, String id) {
        if (id == null) {
            return name;
        }
        String shortId = id.substring(0, Math.min(7, id.length()));
        return id.startsWith(name) ? shortId : name + " at " + shortId;
    }

    static String words(PolicyChangeDiff p) {
        return "+" + p.diff().wordsAdded() + " −" + p.diff().wordsRemoved()
                + (p.diff().wordsMoved() > 0 ? ", " + p.diff().wordsMoved() + " moved" : "");
    }

    /** The review column: what the change does to the policy's review record. */
    static String review(PolicyChangeDiff p) {
        PolicyChange c = p.change();
        if (c.older() == null) {
            return "new policy" + (c.newer().frontMatter().lastReviewed() == null ? ""
                    : ", last_reviewed " + c.newer().frontMatter().lastReviewed());
        }
        if (c.newer() == null) {
            return c.older().frontMatter().status() == PolicyStatus.DRAFT ? "removed: a draft, never published"
                    : "removed: stays on the site as retired";
        }
        if (p.publishesDraft()) {
            return "new to readers" + (c.newer().frontMatter().lastReviewed() == null ? ""
                    : ", last_reviewed " + c.newer().frontMatter().lastReviewed());
        }
        if (c.reviewBumped()) {
            LocalDate was = c.older().frontMatter().lastReviewed();
            LocalDate now = c.newer().frontMatter().lastReviewed();
            // published for good once merged, and listed out of order: say so where the writer looks
            String back = was != null && now != null && now.isBefore(was) ? " — moved back (a typo in the year?)" : "";
            return "review recorded: last_reviewed " + orNone(was) + " → " + orNone(now) + back;
        }
        if (p.unreviewedTextChange()) {
            return UNBUMPED;
        }
        if (c.withoutReviewDates() && p.textChanged()) {
            return "no last_reviewed: the site counts each revision as a review, dated by its commit";
        }
        if (c.older().frontMatter().lastReviewed() != null && c.newer().frontMatter().lastReviewed() == null) {
            return "last_reviewed removed or not a date";
        }
        return "no text change, no review";
    }

    /** The change column: what happened to the file, then its status when it is not plainly published. */
    static String kind(PolicyChangeDiff p, String path) {
        PolicyChange c = p.change();
        return p.withStatus(c.kind() == PolicyChange.Kind.RENAMED ? "renamed from " + path : c.kind().label());
    }

    static final String SETTINGS = "Site settings (_index.md)";

    /**
     * The site settings part, one line per changed setting ("company: Acme → Acme Holdings"), then
     * whether the introduction changed. {@code key} and {@code value} write a key and a value as the
     * format shows them (code, escaped); the words around them need no escaping.
     */
    static List<String> settings(SettingsChange s, UnaryOperator<String> key, UnaryOperator<String> value) {
        List<String> lines = new ArrayList<>();
        if (!s.readable()) {
            lines.add("changed, but its front matter cannot be read: run trustcenter check");
            return lines;
        }
        for (SettingsChange.Setting setting : s.settings()) {
            lines.add(key.apply(setting.key()) + ": " + value.apply(orNone(setting.older())) + " → "
                    + value.apply(orNone(setting.newer()))
                    + (setting.key().equals("review_cycle") ? " — moves the next review of every policy that has no "
                    + key.apply("review_cycle") + " of its own" : ""));
        }
        if (s.introChanged()) {
            lines.add("the home page introduction changed");
        }
        if (lines.isEmpty()) {
            lines.add("no setting changed (the file's formatting or comments only)");
        }
        return lines;
    }

    /** The advice under the flag: what to do about an unbumped text change. */
    static String unbumpedAdvice(PolicyChangeDiff p) {
        Object last = p.change().newer().frontMatter().lastReviewed();
        return "last_reviewed is still " + orNone(last) + ". If this change is a review, set last_reviewed to the"
                + " review date; otherwise it is published as a change since the last review.";
    }

    static String orNone(Object value) {
        return value == null ? "(none)" : value.toString();
    }
}
