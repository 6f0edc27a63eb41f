package dev.trustcenter.diff.format;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.trustcenter.diff.BlockDom;
import dev.trustcenter.diff.ChangeType;
import dev.trustcenter.diff.ChangedSection;
import dev.trustcenter.diff.DiffBlock;
import dev.trustcenter.diff.MetadataChange;
import dev.trustcenter.diff.PolicyDiff;
import dev.trustcenter.diff.PolicyDiffer;
import dev.trustcenter.diff.WordChange;
import dev.trustcenter.markdown.Block;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What both formats share: the summary, section titles, and a changed block's text with each word
 * run passed through a marker function.
 */
public final class ChangeLines {

    private static final Pattern DOUBLE_SPACE = Pattern.compile(" {2,}");

    private ChangeLines() {
    }

    static String summary(PolicyDiff diff) {
        if (diff.changeType() == ChangeType.NONE) {
            return "no text changes";
        }
        return diff.changeType().label() + " change: " + counts(diff);
    }

    /** The words added, removed and moved; what changed instead when no word did. */
    public static String counts(PolicyDiff diff) {
        if (diff.wordsAdded() + diff.wordsRemoved() + diff.wordsMoved() == 0) {
            // the same words: only a link's or an image's target makes that material (PolicyDiffer)
            return diff.changeType() == ChangeType.MATERIAL ? "no word changed, but links or images did"
                    : "no word changed, only formatting";
        }
        return plural(diff.wordsAdded(), "word") + " added, " + diff.wordsRemoved() + " removed"
                + (diff.wordsMoved() > 0 ? ", " + diff.wordsMoved() + " moved" : "");
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String metadata(MetadataChange change) {
        return change.field() + ": " + shown(change.older()) + " → " + shown(change.newer());
    }

    private static String shown(String value) {
        return value == null ? "(none)" : "\"" + value + "\"";
    }

    /**
     * Whether a changed block kept its words: made into other HTML (bold, a heading's level) or
     * with a link that points elsewhere. Without saying so, "Changed:" and no marks read as a mistake.
     */
    static boolean sameWords(DiffBlock b) {
        return b.op() == DiffBlock.Op.CHANGE && b.words().stream().allMatch(w -> w.op() == DiffBlock.Op.EQUAL);
    }

    /** Changed blocks of one section; the title is "" before the first heading. */
    record Section(String title, List<DiffBlock> blocks) {
    }

    /** The changed blocks grouped by section, in order of their first change. */
    static List<Section> bySection(PolicyDiff diff) {
        Map<String, Section> sections = new LinkedHashMap<>();
        for (ChangedSection s : diff.sections()) {
            sections.put(s.sectionId(), new Section(s.title(), new ArrayList<>()));
        }
        for (DiffBlock b : diff.blocks()) {
            if (b.isChange()) {
                sections.computeIfAbsent(b.shown().sectionId(), id -> new Section("", new ArrayList<>())).blocks().add(b);
            }
        }
        return List.copyOf(sections.values());
    }

    /**
     * For each block that moved, where to: "moved here from above", "moved to “Access”" (another
     * section, by its title), "moved below “Passwords must be…”" (the same section, by the text
     * it now follows or precedes: a comment lists changes only, so "below" alone says not where).
     * Without these a moved section reads as one removed and one added.
     */
    static Map<DiffBlock, String> moveNotes(PolicyDiff diff, Map<DiffBlock, PolicyDiff.Move> moves) {
        Map<DiffBlock, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < diff.blocks().size(); i++) {
            position.put(diff.blocks().get(i), i);
        }
        Map<String, String> titles = new LinkedHashMap<>();
        diff.sections().forEach(s -> titles.put(s.sectionId(), s.title().isEmpty() ? ChangedSection.BEFORE_FIRST_HEADING : s.title()));
        Map<DiffBlock, String> notes = new IdentityHashMap<>();
        moves.forEach((block, move) -> {
            DiffBlock other = move.other();
            boolean sameSection = block.shown().sectionId().equals(other.shown().sectionId());
            boolean down = position.get(other) > position.get(block);
            String where = sameSection ? (down ? "below" : "above")
                    : "“" + titles.getOrDefault(other.shown().sectionId(), ChangedSection.BEFORE_FIRST_HEADING) + "”";
            String note = block.op() == DiffBlock.Op.INSERT ? "moved here from " + where
                    : sameSection ? "moved " + where + neighbour(diff.blocks(), moves, position.get(other), down ? -1 : 1)
                    : "moved to " + where;
            notes.put(block, move.edited() ? note + ", edited" : note);
        });
        return notes;
    }

    /**
     * For each block that moved here and was edited on the way, its words compared with its old
     * place (a changed block), so that the edits show where it arrived. An edited move pairs blocks
     * of one kind, so moved table rows have as many cells in both places.
     */
    static Map<DiffBlock, DiffBlock> movedEdits(Map<DiffBlock, PolicyDiff.Move> moves) {
        Map<DiffBlock, DiffBlock> edits = new IdentityHashMap<>();
        moves.forEach((block, move) -> {
            if (block.op() == DiffBlock.Op.INSERT && move.edited()) {
                edits.put(block, PolicyDiffer.compareWords(move.other().older(), block.newer()));
            }
        });
        return edits;
    }

    /**
     * The block's text as one line, word runs of a changed block passed to {@code marked}; table
     * cells joined by " | ". Inserted and deleted blocks give their plain text.
     */
    static String text(DiffBlock b, Function<WordChange, String> marked) {
        if (b.shown().kind() == Block.Kind.TABLE_ROW) {
            return String.join(" | ", cells(b, marked));
        }
        if (b.op() != DiffBlock.Op.CHANGE) {
            return oneLine(b.shown().text());
        }
        StringBuilder out = new StringBuilder();
        b.words().forEach(w -> out.append(marked.apply(new WordChange(w.op(), oneLine(w.text()), w.cell()))));
        return tidy(out);
    }

    /**
     * A table row's cells as {@link #text} gives a block's text: word runs of a changed row passed to
     * {@code marked}, an inserted or deleted row's cells plain. An empty cell stays in its column.
     */
    static List<String> cells(DiffBlock b, Function<WordChange, String> marked) {
        if (b.op() != DiffBlock.Op.CHANGE) {
            return b.shown().cells().stream().map(ChangeLines::oneLine).toList();
        }
        List<StringBuilder> cells = new ArrayList<>();
        for (WordChange w : b.words()) {
            while (cells.size() <= w.cell()) {
                cells.add(new StringBuilder());
            }
            cells.get(w.cell()).append(marked.apply(new WordChange(w.op(), oneLine(w.text()), w.cell())));
        }
        while (cells.size() < b.shown().cells().size()) {
            cells.add(new StringBuilder());
        }
        return cells.stream().map(ChangeLines::tidy).toList();
    }

    /** A deleted run keeps the space after it, and the text that follows starts with its own. */
    static String tidy(CharSequence text) {
        return DOUBLE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * For each changed body row of a table, the table's head row, when it has as many cells: the
     * column names its cells are read under. The head row is the nearest before it in the same table.
     */
    static Map<DiffBlock, Block> tableHeads(PolicyDiff diff) {
        Map<DiffBlock, Block> heads = new IdentityHashMap<>();
        Block head = null;
        for (DiffBlock b : diff.blocks()) {
            Block shown = b.shown();
            if (shown.kind() != Block.Kind.TABLE_ROW) {
                head = null;
            } else if (shown.header()) {
                head = shown;
            } else if (b.isChange() && head != null && head.cells().size() == shown.cells().size()) {
                heads.put(b, head);
            }
        }
        return heads;
    }

    /**
     * The item each changed nested list item sits under, when that item did not change: the
     * comment lists changes only, so without it "Added: with approval" would not say under what.
     */
    static Map<DiffBlock, String> parents(PolicyDiff diff) {
        Map<DiffBlock, String> parents = new IdentityHashMap<>();
        List<DiffBlock> blocks = diff.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            DiffBlock b = blocks.get(i);
            Block item = b.shown();
            if (!b.isChange() || item.kind() != Block.Kind.LIST_ITEM || item.depth() == 0) {
                continue;
            }
            for (int j = i - 1; j >= 0 && blocks.get(j).shown().kind() == Block.Kind.LIST_ITEM; j--) {
                Block above = blocks.get(j).shown();
                if (above.depth() < item.depth()) {
                    if (!blocks.get(j).isChange()) {
                        parents.put(b, shortened(above.text()));
                    }
                    break;
                }
            }
        }
        return parents;
    }

    /**
     * " “…”": the first block of the newer text next to {@code from} in direction {@code step}
     * that did not move with it (a moved section is placed by the text around it, not by its own
     * heading), or "" if that has no words.
     */
    private static String neighbour(List<DiffBlock> blocks, Map<DiffBlock, PolicyDiff.Move> moves, int from, int step) {
        for (int i = from + step; i >= 0 && i < blocks.size(); i += step) {
            DiffBlock b = blocks.get(i);
            if (b.op() != DiffBlock.Op.DELETE && !moves.containsKey(b)) {
                return b.shown().text().isBlank() ? "" : " “" + shortened(b.shown().text()) + "”";
            }
        }
        return "";
    }

    /** The first words of a text, enough to recognise it. */
    private static String shortened(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length <= 8 ? String.join(" ", words) : String.join(" ", List.of(words).subList(0, 8)) + "…";
    }

    /**
     * A changed, added or removed code block line by line, each line marked as in a unified diff
     * ({@code " "}, {@code "-"}, {@code "+"}): a block's text joins its lines, which reads for
     * prose but not for a configuration or a command.
     */
    static List<String> codeLines(DiffBlock b) {
        List<String> older = b.op() == DiffBlock.Op.INSERT ? List.of() : codeLines(b.older());
        List<String> newer = b.op() == DiffBlock.Op.DELETE ? List.of() : codeLines(b.newer());
        List<String> out = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(older, newer).getDeltas()) {
            for (; i < delta.getSource().getPosition(); i++) {
                out.add(" " + older.get(i));
            }
            delta.getSource().getLines().forEach(line -> out.add("-" + line));
            delta.getTarget().getLines().forEach(line -> out.add("+" + line));
            i += delta.getSource().size();
        }
        for (; i < older.size(); i++) {
            out.add(" " + older.get(i));
        }
        return out;
    }

    /** A code block's lines as written. */
    static List<String> codeLines(Block code) {
        Element pre = Jsoup.parseBodyFragment(code.html()).selectFirst("pre");
        String text = pre == null ? code.text() : pre.wholeText();
        return List.of(text.replaceFirst("\n$", "").split("\n", -1));
    }

    /** The language a fenced code block was marked with ({@code ```yaml}), or "". */
    static String codeLanguage(Block code) {
        Element marked = Jsoup.parseBodyFragment(code.html()).selectFirst("pre > code[class^=language-]");
        return marked == null ? "" : marked.className().substring("language-".length()).replaceAll("[^A-Za-z0-9_+-].*", "");
    }

    /** Stands in for a block without text (a rule, an image). */
    static String orNoText(Block block, String text) {
        return text.isBlank() ? "(" + noText(block) + ")" : text;
    }

    /** What a block without text is, as far as a reader can tell: a rule, or something without words. */
    static String noText(Block block) {
        return block.kind() == Block.Kind.THEMATIC_BREAK ? "a horizontal rule" : "no text: formatting, a link or an image";
    }

    /** "3." for the third item of an ordered list, "-" for a bullet (see {@link Block}'s list item HTML). */
    static String listMarker(Block item) {
        int number = BlockDom.listNumber(item);
        return number > 0 ? number + "." : "-";
    }

    /** Heading level from the block's HTML ({@code <h2 …}), 0 for other blocks. */
    static int headingLevel(Block block) {
        return block.kind() == Block.Kind.HEADING ? block.html().charAt(2) - '0' : 0;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ");
    }

    /** Splits leading and trailing whitespace from a run so markers can hug the words. */
    static String[] hug(String text) {
        String core = text.strip();
        if (core.isEmpty()) {
            return new String[] {text, "", ""};
        }
        int start = text.indexOf(core);
        return new String[] {text.substring(0, start), core, text.substring(start + core.length())};
    }

    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** A link to a file beside the policy ({@code privacy.md}): no address of its own, no place on the page. */
    static boolean isRelativeFile(String href) {
        return !href.isEmpty() && !href.startsWith("#") && !href.startsWith("/") && !HAS_SCHEME.matcher(href).find();
    }
}
