package dev.trustcenter.diff.format;

import dev.trustcenter.diff.PolicyChangeDiff;
import dev.trustcenter.diff.RangeDiff;
import dev.trustcenter.model.PolicyChange;

/**
 * A range for a terminal: a heading, one summary line per policy, then per policy a
 * {@code === Title (path): what happened} line, a {@code !} line when the text changed without a
 * {@code last_reviewed} bump, and its {@link TextDiffFormat} diff. Colours only when asked.
 */
public final class RangeTextFormat {

    private static final String BOLD = "\u001b[1m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RESET = "\u001b[0m";

    private RangeTextFormat() {
    }

    public static String render(RangeDiff range, boolean colour) {
        StringBuilder out = new StringBuilder();
        out.append(paint(RangeLines.heading(range), BOLD, colour)).append('\n')
                .append(RangeLines.overview(range)).append('\n');
        if (range.policies().isEmpty()) {
            settings(range, out);
            return out.toString();
        }
        out.append('\n');
        int width = range.policies().stream().mapToInt(p -> p.change().path().length()).max().orElse(0);
        for (PolicyChangeDiff p : range.policies()) {
            String status = p.status().isEmpty() ? "" : "; " + p.status();
            String line = String.format("  %-8s %-" + width + "s  %-9s %s", p.change().kind().label(),
                    p.change().path(), RangeLines.words(p), RangeLines.review(p) + status);
            out.append(p.unreviewedTextChange() ? paint(line.replaceFirst("^ ", "!"), YELLOW, colour) : line)
                    .append('\n');
        }
        settings(range, out);
        range.policies().forEach(p -> policy(p, out, colour));
        return out.toString();
    }

    private static void settings(RangeDiff range, StringBuilder out) {
        if (range.settings() != null) {
            out.append('\n').append(RangeLines.SETTINGS).append('\n');
            RangeLines.settings(range.settings(), key -> key, value -> value)
                    .forEach(line -> out.append("  ").append(line).append('\n'));
        }
    }

    private static void policy(PolicyChangeDiff p, StringBuilder out, boolean colour) {
        PolicyChange c = p.change();
        out.append('\n').append(paint("=== " + c.title() + " (" + c.path() + "): " + p.whatHappened(), BOLD, colour))
                .append('\n');
        if (p.unreviewedTextChange()) {
            out.append(paint("! " + RangeLines.UNBUMPED + ": " + RangeLines.unbumpedAdvice(p), YELLOW, colour)).append('\n');
        }
        if (c.newer() == null) {
            out.append("removed: ").append(ChangeLines.plural(p.diff().wordsRemoved(), "word")).append('\n');
            return;
        }
        if (c.older() == null) {
            out.append("new policy: ").append(ChangeLines.plural(p.diff().wordsAdded(), "word")).append('\n');
            return;
        }
        if (p.publishesDraft()) {
            out.append("published: ").append(ChangeLines.plural(p.diff().wordsAdded(), "word")).append(" new to readers\n");
            p.metadata().forEach(m -> out.append(ChangeLines.metadata(m)).append('\n'));
            return;
        }
        out.append(TextDiffFormat.render(p.diff(), p.metadata(), colour));
    }

    private static String paint(String text, String code, boolean enabled) {
        return enabled ? code + text + RESET : text;
    }

}
