package dev.trustcenter.diff.format;

import dev.trustcenter.diff.PolicyChangeDiff;
import dev.trustcenter.diff.RangeDiff;
import dev.trustcenter.model.PolicyChange;

/**
 * A range as GitHub-flavoured Markdown, for a pull-request comment or a job summary: a heading, a
 * warning line when a text changed without a {@code last_reviewed} bump, a table of the policies
 * and what happened to each, then per policy its changed sections with removed and added words
 * marked as {@link MarkdownDiffFormat} does. Policy text is escaped so it cannot format, link or inject HTML.
 */
public final class RangeMarkdownFormat {

    private RangeMarkdownFormat() {
    }

    public static String render(RangeDiff range) {
        StringBuilder out = new StringBuilder("## ").append(MarkdownDiffFormat.escape(RangeLines.heading(range)))
                .append("\n\n").append(MarkdownDiffFormat.escape(RangeLines.overview(range))).append(".\n");
        if (range.policies().isEmpty()) {
            return out.toString();
        }
        long unbumped = range.unreviewedTextChanges();
        if (unbumped > 0) {
            out.append("\n> ⚠️ **").append(unbumped == 1 ? "1 policy" : unbumped + " policies")
                    .append(": text changed without a `last_reviewed` bump.** Bump `last_reviewed` if the change is a")
                    .append(" review; otherwise it is published as a change since the last review.\n");
        }
        out.append("\n| Policy | File | Change | Words | Review |\n|---|---|---|---|---|\n");
        for (PolicyChangeDiff p : range.policies()) {
            out.append("| ").append(MarkdownDiffFormat.escape(p.change().title()))
                    .append(" | ").append(code(p.change().path()))
                    .append(" | ").append(kind(p))
                    .append(" | ").append(RangeLines.words(p))
                    .append(" | ").append(p.unreviewedTextChange() ? "⚠️ " : "").append(reviewCell(p))
                    .append(" |\n");
        }
        range.policies().forEach(p -> policy(p, out));
        return out.toString();
    }

    private static void policy(PolicyChangeDiff p, StringBuilder out) {
        PolicyChange c = p.change();
        out.append("\n### ").append(MarkdownDiffFormat.escape(c.title())).append("\n\n")
                .append(code(c.path())).append(" — ").append(kind(p)).append('\n');
        if (p.unreviewedTextChange()) {
            out.append("\n> ⚠️ **Text changed without a `last_reviewed` bump.** ")
                    .append(prose(RangeLines.unbumpedAdvice(p))).append('\n');
        }
        if (c.newer() == null) {
            out.append("\nRemoved: ").append(p.diff().wordsRemoved()).append(" words.\n");
            return;
        }
        String body = MarkdownDiffFormat.render(p.diff(), c.older() == null ? java.util.List.of() : p.metadata());
        if (c.older() == null) {
            out.append("\n<details><summary>Full text (").append(p.diff().wordsAdded()).append(" words)</summary>\n\n")
                    .append(body).append("\n</details>\n");
        } else {
            out.append('\n').append(body);
        }
    }

    private static String kind(PolicyChangeDiff p) {
        PolicyChange c = p.change();
        return c.kind() == PolicyChange.Kind.RENAMED ? "renamed from " + code(c.older().path()) : c.kind().label();
    }

    private static String reviewCell(PolicyChangeDiff p) {
        return prose(RangeLines.review(p));
    }

    /** Our own sentences, escaped, with the key the writer edits set as code. */
    private static String prose(String text) {
        return MarkdownDiffFormat.escape(text).replace("last\\_reviewed", "`last_reviewed`");
    }

    /** A path as inline code; backticks in a path (legal, if odd) widen the fence. */
    static String code(String text) {
        String fence = text.contains("`") ? "`` " : "`";
        return fence + text + new StringBuilder(fence).reverse();
    }
}
