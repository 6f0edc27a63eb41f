package dev.trustcenter.diff.format;

import dev.trustcenter.diff.ChangedSection;
import dev.trustcenter.diff.DiffBlock;
import dev.trustcenter.diff.LinkChange;
import dev.trustcenter.diff.MetadataChange;
import dev.trustcenter.diff.PolicyDiff;
import dev.trustcenter.diff.WordChange;
import dev.trustcenter.markdown.Block;
import java.util.List;
import java.util.Map;

/**
 * A diff for a terminal: a summary line, changed metadata, then per section an {@code @@ Title @@}
 * line and one line per changed block, starting {@code +} (inserted), {@code -} (deleted) or
 * {@code ~} (changed, with {@code [-removed-]} and {@code {+added+}} word markers), a moved block
 * followed by where it moved ("(moved here from above)"). Colours are ANSI escapes added to, not
 * replacing, the markers.
 */
public final class TextDiffFormat {

    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String CYAN = "\u001b[36m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private TextDiffFormat() {
    }

    /** Lines separated and ended by '\n'. */
    public static String render(PolicyDiff diff, boolean colour) {
        return render(diff, List.of(), colour);
    }

    public static String render(PolicyDiff diff, List<MetadataChange> metadata, boolean colour) {
        StringBuilder out = new StringBuilder();
        line(out, paint(ChangeLines.summary(diff), BOLD, colour));
        metadata.forEach(m -> line(out, ChangeLines.metadata(m)));
        LinkChange.of(diff).forEach(l -> line(out, "link \u201c" + l.shownText() + "\u201d: " + l.older() + " \u2192 " + l.newer()));
        Map<DiffBlock, PolicyDiff.Move> found = diff.moves();
        Map<DiffBlock, String> moves = ChangeLines.moveNotes(diff, found);
        Map<DiffBlock, DiffBlock> edits = ChangeLines.movedEdits(found);
        Map<DiffBlock, String> parents = ChangeLines.parents(diff);
        for (ChangeLines.Section section : ChangeLines.bySection(diff)) {
            String title = section.title().isEmpty() ? ChangedSection.BEFORE_FIRST_HEADING : section.title();
            line(out, paint("@@ " + title + " @@", CYAN, colour));
            section.blocks().forEach(b -> line(out,
                    (edits.containsKey(b) ? movedHere(b, edits.get(b), colour) : block(b, colour))
                    + (moves.containsKey(b) ? "  (" + moves.get(b) + ")" : "")
                    + (parents.containsKey(b) ? "  (under \u201c" + parents.get(b) + "\u201d)" : "")));
        }
        return out.toString();
    }

    private static String block(DiffBlock b, boolean colour) {
        String text = prefix(b.shown()) + ChangeLines.orNoText(b.shown(), ChangeLines.text(b, w -> word(w, colour)));
        return switch (b.op()) {
            case INSERT -> paint("+ " + text, GREEN, colour);
            case DELETE -> paint("- " + text, RED, colour);
            default -> "~ " + text + (ChangeLines.sameWords(b) ? "  (same words)" : "");
        };
    }

    /** A block that moved here edited: inserted, with its edits against its old place marked. */
    private static String movedHere(DiffBlock b, DiffBlock edits, boolean colour) {
        return paint("+", GREEN, colour) + " " + prefix(b.shown())
                + ChangeLines.orNoText(b.shown(), ChangeLines.text(edits, w -> word(w, colour)));
    }

    private static String prefix(Block block) {
        return switch (block.kind()) {
            case HEADING -> "#".repeat(ChangeLines.headingLevel(block)) + " ";
            case LIST_ITEM -> "  ".repeat(block.depth()) + "* ";
            case TABLE_ROW -> "| ";
            case BLOCK_QUOTE -> "> ";
            default -> "";
        };
    }

    private static String word(WordChange w, boolean colour) {
        String[] parts = ChangeLines.hug(w.text());
        if (w.op() == DiffBlock.Op.EQUAL || parts[1].isEmpty()) {
            return w.op() == DiffBlock.Op.DELETE ? "" : w.text();
        }
        String marked = w.op() == DiffBlock.Op.INSERT
                ? paint("{+" + parts[1] + "+}", GREEN, colour)
                : paint("[-" + parts[1] + "-]", RED, colour);
        return parts[0] + marked + parts[2];
    }

    private static String paint(String text, String colour, boolean enabled) {
        return enabled ? colour + text + RESET : text;
    }

    private static void line(StringBuilder out, String line) {
        out.append(line).append('\n');
    }
}
