package dev.trustcenter.diff.format;

import dev.trustcenter.diff.PolicyChangeDiff;
import dev.trustcenter.diff.RangeDiff;
import dev.trustcenter.model.PolicyChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A range as GitHub-flavoured Markdown, for a pull-request comment or a job summary: a heading, a
 * warning line when a text changed without a {@code last_reviewed} bump, a table of the policies
 * and what happened to each, then per policy its changed sections with removed and added words
 * marked as {@link MarkdownDiffFormat} does. Policy text is escaped so it cannot format, link or inject HTML.
 */
public final class RangeMarkdownFormat {

    /** What a pull-request comment can hold is 65,536 characters on GitHub; this leaves room around it. */
    public static final int COMMENT_LENGTH = 60_000;

    /** Room kept for the note that says what a cut comment leaves out. */
    private static final int NOTE_ROOM = 1_000;
    /** Ends a policy's changes where a comment is cut. */
    private static final String CUT_LINE = "\n_… the rest of this policy's changes are not shown._\n";

    private RangeMarkdownFormat() {
    }

    public static String render(RangeDiff range) {
        return render(range, 0);
    }

    /**
     * @param maxLength the most characters to write, 0 for no limit. Over it, the summary table stays
     *                  whole; added policies lose their folded full text, largest first, until the
     *                  comment fits (the edits are what a reviewer must read); then the policies'
     *                  changes are cut at a line, and a note says which policies are shown in part
     *                  and which not at all. A table longer than the limit is still written whole.
     */
    public static String render(RangeDiff range, int maxLength) {
        StringBuilder out = head(range);
        List<String> sections = new ArrayList<>();
        range.policies().forEach(p -> sections.add(section(p, true)));
        if (maxLength <= 0 || out.length() + length(sections) <= maxLength) {
            sections.forEach(out::append);
            return out.toString();
        }
        List<Integer> added = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            if (range.policies().get(i).newToReaders()) {
                added.add(i);
            }
        }
        added.sort(Comparator.comparingInt((Integer i) -> sections.get(i).length()).reversed());
        List<String> withoutFullText = new ArrayList<>();
        for (int i : added) {
            sections.set(i, section(range.policies().get(i), false));
            withoutFullText.add(range.policies().get(i).change().title());
            if (out.length() + length(sections) + NOTE_ROOM <= maxLength) {
                sections.forEach(out::append);
                return note(out, maxLength, withoutFullText, List.of(), List.of());
            }
        }
        int budget = maxLength - out.length() - NOTE_ROOM;
        List<String> inPart = new ArrayList<>();
        List<String> notShown = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            String section = sections.get(i);
            String title = range.policies().get(i).change().title();
            if (!inPart.isEmpty() || !notShown.isEmpty()) {
                notShown.add(title);
            } else if (section.length() <= budget) {
                out.append(section);
                budget -= section.length();
            } else {
                String part = linesWithin(section, budget - CUT_LINE.length());
                if (part.isEmpty()) {
                    notShown.add(title);
                } else {
                    out.append(part).append(CUT_LINE);
                    inPart.add(title);
                }
            }
        }
        withoutFullText.removeAll(notShown);
        return note(out, maxLength, withoutFullText, inPart, notShown);
    }

    private static String section(PolicyChangeDiff p, boolean fullText) {
        StringBuilder section = new StringBuilder();
        policy(p, section, fullText);
        return section.toString();
    }

    private static int length(List<String> parts) {
        return parts.stream().mapToInt(String::length).sum();
    }

    private static String note(StringBuilder out, int maxLength, List<String> withoutFullText, List<String> inPart,
                               List<String> notShown) {
        out.append("\n---\n\n✂️ **Cut to fit a comment** (").append(String.format(Locale.ROOT, "%,d", maxLength))
                .append(" characters).");
        if (!withoutFullText.isEmpty()) {
            out.append(" Full text not shown: ").append(titles(withoutFullText)).append('.');
        }
        if (!inPart.isEmpty()) {
            out.append(" Shown in part: ").append(titles(inPart)).append('.');
        }
        if (!notShown.isEmpty()) {
            out.append(" Not shown: ").append(titles(notShown)).append('.');
        }
        return out.append(" Run `trustcenter diff` with `--format html` to see every change.\n").toString();
    }

    private static String titles(List<String> titles) {
        String shown = String.join(", ", titles.size() > 8 ? titles.subList(0, 8) : titles);
        return MarkdownDiffFormat.escape(shown) + (titles.size() > 8 ? " and " + (titles.size() - 8) + " more" : "");
    }

    /**
     * The whole lines of a policy's section that fit in {@code budget}, ending with a change: a
     * section heading or summary line with nothing of its own under it is left off. An open
     * {@code <details>} is closed so that the note after it is not folded away. "" when no change fits.
     */
    private static String linesWithin(String section, int budget) {
        if (budget <= 0) {
            return "";
        }
        int end = section.lastIndexOf('\n', Math.max(0, budget - "\n</details>\n".length()));
        String part = end < 0 ? "" : section.substring(0, end + 1);
        // a change is a bullet, a row of a table of changed rows, or a line of a section quoted whole
        int lastChange = Math.max(Math.max(part.lastIndexOf("\n- "), part.lastIndexOf("\n| **")), part.lastIndexOf("\n> "));
        if (lastChange < 0) {
            return "";
        }
        part = part.substring(0, part.indexOf('\n', lastChange + 1) + 1);
        return part.lastIndexOf("<details>") > part.lastIndexOf("</details>") ? part + "\n</details>\n" : part;
    }

    private static StringBuilder head(RangeDiff range) {
        StringBuilder out = new StringBuilder("## ").append(MarkdownDiffFormat.escape(RangeLines.heading(range)))
                .append("\n\n").append(MarkdownDiffFormat.escape(RangeLines.overview(range))).append(".\n");
        if (range.settings() != null) {
            out.append("\n### Site settings (`_index.md`)\n\n");
            RangeLines.settings(range.settings(), key -> MarkdownDiffFormat.codeSpan(key, false), MarkdownDiffFormat::escape)
                    .forEach(line -> out.append("- ").append(line).append('\n'));
        }
        if (range.policies().isEmpty()) {
            return out;
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
                    .append(" | ").append(MarkdownDiffFormat.codeSpan(p.change().path(), true))
                    .append(" | ").append(kind(p, true))
                    .append(" | ").append(RangeLines.words(p))
                    .append(" | ").append(p.unreviewedTextChange() ? "⚠️ " : "").append(reviewCell(p))
                    .append(" |\n");
        }
        return out;
    }

    private static void policy(PolicyChangeDiff p, StringBuilder out, boolean fullText) {
        PolicyChange c = p.change();
        out.append("\n### ").append(MarkdownDiffFormat.escape(c.title())).append("\n\n")
                .append(MarkdownDiffFormat.codeSpan(c.path(), false)).append(" — ").append(kind(p, false)).append('\n');
        if (p.unreviewedTextChange()) {
            out.append("\n> ⚠️ **Text changed without a `last_reviewed` bump.** ")
                    .append(prose(RangeLines.unbumpedAdvice(p))).append('\n');
        }
        if (c.newer() == null) {
            out.append("\nRemoved: ").append(ChangeLines.plural(p.diff().wordsRemoved(), "word")).append(".\n");
            return;
        }
        if (p.newToReaders() && !fullText) {
            out.append(c.older() == null ? "\nAdded: " : "\nPublished: ").append(ChangeLines.plural(p.diff().wordsAdded(), "word"))
                    .append(" (full text not shown).\n");
            return;
        }
        String body = MarkdownDiffFormat.render(p.diff(), c.older() == null ? List.of() : p.metadata());
        if (p.newToReaders()) {
            out.append("\n<details><summary>Full text (").append(ChangeLines.plural(p.diff().wordsAdded(), "word")).append(")</summary>\n\n")
                    .append(body).append("\n</details>\n");
        } else {
            out.append('\n').append(body);
        }
    }

    private static String kind(PolicyChangeDiff p, boolean inTable) {
        // the status phrases are our own words, with nothing in them that Markdown would format
        return RangeLines.kind(p, p.change().older() == null ? "" : MarkdownDiffFormat.codeSpan(p.change().older().path(), inTable));
    }

    private static String reviewCell(PolicyChangeDiff p) {
        return prose(RangeLines.review(p));
    }

    /** Our own sentences, escaped, with the key the writer edits set as code. */
    private static String prose(String text) {
        return MarkdownDiffFormat.escape(text).replace("last\\_reviewed", "`last_reviewed`");
    }
}
