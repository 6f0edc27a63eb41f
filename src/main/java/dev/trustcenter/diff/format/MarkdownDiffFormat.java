package dev.trustcenter.diff.format;

import dev.trustcenter.diff.ChangedSection;
import dev.trustcenter.diff.DiffBlock;
import dev.trustcenter.diff.LinkChange;
import dev.trustcenter.diff.MetadataChange;
import dev.trustcenter.diff.PolicyDiff;
import dev.trustcenter.diff.WordChange;
import dev.trustcenter.markdown.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import java.util.regex.Pattern;

/**
 * A diff as GitHub-flavoured Markdown for a pull-request comment: a bold summary, a table of changed
 * metadata, then per section a heading and one bullet per changed block labelled Added, Removed or
 * Changed (or, for a block that moved, where it moved), with {@code <del>}removed{@code </del>} and
 * {@code <ins>}added{@code </ins>} words; changed rows of a table as a table with its column names
 * and that label in a first column. A section added or removed whole is quoted as it reads instead
 * (struck through when removed). Text from the policy is escaped so it cannot format, link
 * or inject HTML.
 *
 * <p>HTML tags, not {@code ~~} and {@code **}: emphasis delimiters only open and close at word
 * boundaries, so a change starting or ending with punctuation inside a word ({@code received, upon
 * …,}) showed its markers literally on GitHub, and a deleted clause read as current text.
 */
public final class MarkdownDiffFormat {

    // Parentheses, braces and "!" are left as written: with every bracket escaped they cannot make
    // a link or an image, and "\(555\)" reads badly wherever the comment is read unrendered.
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#+|~&])");
    /** A URL GitHub would make a link of; it stops at whitespace and at "<". */
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>]+");
    private static final Pattern LINE_START = Pattern.compile("^(\\d*)([.)=-])");

    private MarkdownDiffFormat() {
    }

    public static String render(PolicyDiff diff) {
        return render(diff, List.of());
    }

    public static String render(PolicyDiff diff, List<MetadataChange> metadata) {
        StringBuilder out = new StringBuilder("**").append(capitalised(ChangeLines.summary(diff))).append("**\n");
        if (!metadata.isEmpty()) {
            out.append("\n| Field | Before | After |\n|---|---|---|\n");
            for (MetadataChange m : metadata) {
                out.append("| ").append(escape(m.field())).append(" | ").append(cell(m.older())).append(" | ")
                        .append(cell(m.newer())).append(" |\n");
            }
        }
        List<LinkChange> links = LinkChange.of(diff);
        if (!links.isEmpty()) {
            out.append("\n| Link | Points to before | Points to now |\n|---|---|---|\n");
            links.forEach(l -> out.append("| ").append(escape(l.shownText())).append(" | ").append(codeSpan(l.older())).append(" | ")
                    .append(codeSpan(l.newer())).append(" |\n"));
        }
        Map<DiffBlock, PolicyDiff.Move> found = diff.moves();
        Map<DiffBlock, String> moves = ChangeLines.moveNotes(diff, found);
        Map<DiffBlock, DiffBlock> edits = ChangeLines.movedEdits(found);
        Map<DiffBlock, Block> heads = ChangeLines.tableHeads(diff);
        Map<DiffBlock, String> parents = ChangeLines.parents(diff);
        for (ChangeLines.Section section : ChangeLines.bySection(diff)) {
            String title = section.title().isEmpty() ? ChangedSection.BEFORE_FIRST_HEADING : escape(section.title());
            List<DiffBlock> blocks = section.blocks();
            // A section's own heading added or removed says so on the section's title, not as a bullet repeating it.
            DiffBlock first = blocks.get(0);
            boolean ownHeading = first.op() != DiffBlock.Op.CHANGE && first.shown().kind() == Block.Kind.HEADING
                    && !moves.containsKey(first) && first.shown().text().strip().equals(section.title().strip());
            if (ownHeading) {
                title += first.op() == DiffBlock.Op.INSERT ? " _(added)_" : " _(removed)_";
                blocks = blocks.subList(1, blocks.size());
            }
            out.append("\n#### ").append(title).append("\n\n");
            if (ownHeading && wholly(blocks, first.op(), moves)) {
                quote(blocks, first.op() == DiffBlock.Op.DELETE, out);
            } else {
                changes(blocks, moves, edits, heads, parents, out);
            }
        }
        return out.toString();
    }

    /**
     * A bullet per changed block; changed rows of one table together as a table under its column
     * names, each row labelled in a first column, for a cell reads by its column.
     */
    private static void changes(List<DiffBlock> blocks, Map<DiffBlock, String> moves, Map<DiffBlock, DiffBlock> edits,
                                Map<DiffBlock, Block> heads, Map<DiffBlock, String> parents, StringBuilder out) {
        for (int i = 0; i < blocks.size(); ) {
            DiffBlock b = blocks.get(i);
            Block head = heads.get(b);
            if (b.shown().kind() == Block.Kind.CODE) {
                String moved = moves.get(b);
                out.append("- **").append(moved == null ? label(b.op()) : escape(capitalised(moved))).append(":**")
                        .append(parents.containsKey(b) ? " _(under “" + escape(parents.get(b)) + "”)_" : "").append('\n');
                fence(ChangeLines.codeLines(edits.getOrDefault(b, b)), "diff", "  ", out);
                i++;
                continue;
            }
            if (isWholeTableHead(b, i + 1 < blocks.size() ? blocks.get(i + 1) : null, heads, moves)) {
                i++; // the rows' table below has these column names; a bullet ran them together
                continue;
            }
            if (head == null) {
                out.append("- ").append(block(b, moves.get(b), edits.get(b)))
                        .append(parents.containsKey(b) ? " _(under “" + escape(parents.get(b)) + "”)_" : "").append('\n');
                i++;
                continue;
            }
            List<String> columns = new ArrayList<>(List.of("Change"));
            head.cells().forEach(c -> columns.add(escape(c)));
            List<List<String>> rows = new ArrayList<>();
            for (; i < blocks.size() && heads.get(blocks.get(i)) == head; i++) {
                DiffBlock row = blocks.get(i);
                String moved = moves.get(row);
                String label = moved == null ? label(row.op()) : escape(capitalised(moved));
                List<String> cells = new ArrayList<>(List.of("**" + label + "**"));
                cells.addAll(cells(edits.getOrDefault(row, row)));
                rows.add(cells);
            }
            // a table needs a blank line between it and a list before or after it
            out.append(out.charAt(out.length() - 2) == '\n' ? "" : "\n");
            table(columns, rows, "", out);
            out.append('\n');
        }
    }

    /** A header row added or removed with the table whose changed rows follow it. */
    private static boolean isWholeTableHead(DiffBlock b, DiffBlock next, Map<DiffBlock, Block> heads,
                                            Map<DiffBlock, String> moves) {
        return (b.op() == DiffBlock.Op.INSERT || b.op() == DiffBlock.Op.DELETE) && b.shown().kind() == Block.Kind.TABLE_ROW && b.shown().header()
                && !moves.containsKey(b) && next != null && heads.get(next) == b.shown();
    }

    /** A row's cells as Markdown: marked words of a changed row, a deleted row's struck through. */
    private static List<String> cells(DiffBlock row) {
        return ChangeLines.cells(row, MarkdownDiffFormat::word).stream().map(cell -> switch (row.op()) {
            case INSERT -> escape(cell);
            case DELETE -> cell.isBlank() ? "" : "<del>" + escape(cell) + "</del>";
            default -> cell;
        }).toList();
    }

    /** A GitHub table, each line after {@code prefix} (a quote's {@code "> "}). */
    private static void table(List<String> columns, List<List<String>> rows, String prefix, StringBuilder out) {
        out.append(prefix).append(tableLine(columns)).append(prefix).append("|---".repeat(columns.size())).append("|\n");
        rows.forEach(row -> out.append(prefix).append(tableLine(row)));
    }

    private static String tableLine(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** Whether every block was added (or every block removed) with the section, none moved. */
    private static boolean wholly(List<DiffBlock> blocks, DiffBlock.Op op, Map<DiffBlock, String> moves) {
        return blocks.stream().allMatch(b -> b.op() == op && !moves.containsKey(b));
    }

    /**
     * A section added or removed whole, as it reads: its blocks in a quote, list items as a list,
     * rather than a bullet per block each labelled "Added".
     */
    private static void quote(List<DiffBlock> blocks, boolean removed, StringBuilder out) {
        boolean first = true;
        boolean inList = false;
        for (int i = 0; i < blocks.size(); i++) {
            DiffBlock b = blocks.get(i);
            Block block = b.shown();
            boolean item = block.kind() == Block.Kind.LIST_ITEM;
            if (!first && !(item && inList)) {
                out.append(">\n");
            }
            first = false;
            if (block.kind() == Block.Kind.TABLE_ROW && block.header()) {
                List<List<String>> rows = new ArrayList<>();
                for (; i + 1 < blocks.size() && isBodyRow(blocks.get(i + 1).shown(), block); i++) {
                    rows.add(cells(blocks.get(i + 1)));
                }
                table(cells(b), rows, "> ", out);
                inList = false;
                continue;
            }
            if (block.kind() == Block.Kind.CODE) {
                // as it reads, in its language; a removed one as a diff, as code cannot be struck through
                fence(removed ? ChangeLines.codeLines(b) : ChangeLines.codeLines(block),
                        removed ? "diff" : ChangeLines.codeLanguage(block), "> ", out);
                inList = false;
                continue;
            }
            String text = ChangeLines.text(b, MarkdownDiffFormat::word);
            String shown = text.isBlank() ? "_(" + ChangeLines.noText(block) + ")_"
                    : removed ? "<del>" + escape(text) + "</del>" : escapeLineStart(inline(block));
            // a quote in the section keeps its own marker, so it still reads as a quote in the quote
            out.append(block.kind() == Block.Kind.BLOCK_QUOTE ? "> > " : "> ");
            if (item) {
                // four spaces per level nest under a bullet or a number alike
                out.append("    ".repeat(block.depth())).append(ChangeLines.listMarker(block)).append(' ');
            }
            out.append(shown).append('\n');
            inList = item;
        }
    }

    /**
     * A block's content as Markdown that reads as the page does: links with where they point, code
     * as code, bold and italics kept (as HTML tags, for the reason given above). The plain text lost
     * the targets of a new section's links, which a reviewer wants to see.
     */
    static String inline(Block block) {
        Element root = Jsoup.parseBodyFragment(block.html()).body();
        StringBuilder out = new StringBuilder();
        inline(root.childNodeSize() == 1 && root.childNode(0) instanceof Element only ? only : root, out);
        return ChangeLines.tidy(out);
    }

    private static void inline(Element parent, StringBuilder out) {
        inline(parent, false, out);
    }

    /** @param inLink inside a link's text, where a URL is text: a link cannot hold another */
    private static void inline(Element parent, boolean inLink, StringBuilder out) {
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode text) {
                out.append(inLink ? escapeAll(text.text()) : escape(text.text()));
            } else if (node instanceof Element e) {
                switch (e.normalName()) {
                    case "a" -> {
                        if (e.hasClass("footnote-backref")) {
                            continue;
                        }
                        if (e.hasClass("footnote-ref")) {
                            out.append("<sup>").append(escape(e.text())).append("</sup>");
                        } else if (e.attr("href").isEmpty() || e.attr("href").startsWith("#")) {
                            // a place on the policy's page is nowhere in a comment
                            inline(e, inLink, out);
                        } else if (ChangeLines.isRelativeFile(e.attr("href"))) {
                            // relative, it would lead from the comment's page: name the file it points to
                            inline(e, inLink, out);
                            out.append(" (").append(codeSpan(e.attr("href"), false)).append(')');
                        } else {
                            out.append('[');
                            inline(e, true, out);
                            out.append("](").append(destination(e.attr("href"))).append(')');
                        }
                    }
                    case "img" -> {
                        // the sanitizer drops an unsafe src; "![]()" would show nothing but noise
                        if (!e.attr("src").isBlank()) {
                            out.append("![").append(escapeAll(e.attr("alt"))).append("](")
                                    .append(destination(e.attr("src"))).append(')');
                        }
                    }
                    case "code" -> out.append(codeSpan(e.text(), false));
                    case "strong", "b", "em", "i" -> {
                        String tag = e.normalName().equals("b") ? "strong" : e.normalName().equals("i") ? "em" : e.normalName();
                        out.append('<').append(tag).append('>');
                        inline(e, inLink, out);
                        out.append("</").append(tag).append('>');
                    }
                    case "br" -> out.append(' ');
                    case "p", "div" -> {
                        out.append(' ');
                        inline(e, inLink, out);
                        out.append(' ');
                    }
                    default -> inline(e, inLink, out);
                }
            }
        }
    }

    /** A link's target as a Markdown destination: spaces and parentheses would end it. */
    private static String destination(String url) {
        return url.replace("\\", "%5C").replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E");
    }

    /**
     * Lines as a fenced code block, each after {@code indent} (a list item's or a quote's); the
     * fence is longer than any run of backticks in them, so none can close it.
     */
    private static void fence(List<String> lines, String info, String indent, StringBuilder out) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(String.join("\n", lines)) + 1));
        out.append(indent).append(fence).append(info).append('\n');
        lines.forEach(line -> out.append(indent).append(line).append('\n'));
        out.append(indent).append(fence).append('\n');
    }

    private static boolean isBodyRow(Block block, Block head) {
        return block.kind() == Block.Kind.TABLE_ROW && !block.header() && block.cells().size() == head.cells().size();
    }

    /** Text that would start a list, a heading underline or a rule at the start of a line is kept text. */
    private static String escapeLineStart(String text) {
        return LINE_START.matcher(text).replaceFirst("$1\\\\$2");
    }

    /**
     * @param moved where the block moved ({@link ChangeLines#moveNotes}), null if it did not
     * @param edits for a block that moved here edited, its words against its old place ({@link ChangeLines#movedEdits})
     */
    private static String block(DiffBlock b, String moved, DiffBlock edits) {
        String text = ChangeLines.text(b, MarkdownDiffFormat::word);
        String label = moved == null ? label(b.op()) : escape(capitalised(moved));
        if (edits != null && !text.isBlank()) {
            return "**" + label + ":** " + ChangeLines.text(edits, MarkdownDiffFormat::word);
        }
        if (text.isBlank()) {
            return "**" + label + ":** _(" + ChangeLines.noText(b.shown()) + ")_";
        }
        return switch (b.op()) {
            case INSERT -> "**" + label + ":** " + inline(b.shown());
            case DELETE -> "**" + label + ":** <del>" + escape(text) + "</del>";
            default -> (ChangeLines.sameWords(b) ? "**Changed, same words:** " : "**Changed:** ") + text;
        };
    }

    private static String label(DiffBlock.Op op) {
        return switch (op) {
            case INSERT -> "Added";
            case DELETE -> "Removed";
            default -> "Changed";
        };
    }

    private static String word(WordChange w) {
        String[] parts = ChangeLines.hug(w.text());
        if (w.op() == DiffBlock.Op.EQUAL || parts[1].isEmpty()) {
            return w.op() == DiffBlock.Op.DELETE ? "" : escape(w.text());
        }
        String tag = w.op() == DiffBlock.Op.INSERT ? "ins" : "del";
        return parts[0] + "<" + tag + ">" + escape(parts[1]) + "</" + tag + ">" + parts[2];
    }

    /**
     * An address as a code span: escaped like text, a URL shows and links with its backslashes
     * ({@code dpa\_v1}), as an autolink takes the text as written. A pipe stays escaped, which
     * a table cell needs even inside a code span.
     */
    static String codeSpan(String text) {
        return codeSpan(text, true);
    }

    /** @param inTable whether the span is in a table cell; elsewhere a backslash before a pipe would show */
    static String codeSpan(String text, boolean inTable) {
        String fence = "`".repeat(longestBacktickRun(text) + 1);
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + (inTable ? text.replace("|", "\\|") : text) + pad + fence;
    }

    /** A code span or fence is closed only by a run of backticks as long as its own. */
    private static int longestBacktickRun(String text) {
        int longest = 0;
        for (int i = 0, run = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static String cell(String value) {
        return value == null ? "—" : escape(value);
    }

    /**
     * Text from the policy, escaped so that it cannot format, link or inject HTML. A URL with a
     * scheme becomes an autolink ({@code <https://…>}), inside which nothing is Markdown: escaped,
     * {@code report\_issue} linked to an address with a backslash, as GitHub links a URL as
     * written; left as written, {@code [text](elsewhere)} in it made a link of its own.
     */
    static String escape(String text) {
        Matcher url = BARE_URL.matcher(text);
        if (!url.find()) {
            return escapeAll(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int at = 0;
        do {
            String address = withoutTrailingPunctuation(url.group());
            out.append(escapeAll(text.substring(at, url.start())))
                    .append('<').append(address.replace("|", "\\|")).append('>');
            at = url.start() + address.length();
        } while (url.find(at));
        return out.append(escapeAll(text.substring(at))).toString();
    }

    /** Every character that could format, link or open HTML escaped, URLs included. */
    private static String escapeAll(String text) {
        String escaped = SPECIAL.matcher(text).replaceAll("\\\\$1");
        // "@security-team" in a policy would notify that team from the comment: a mention needs a letter
        // or digit right after the "@", so an invisible word joiner there stops it (addresses are left alone)
        return escaped.indexOf('@') < 0 ? escaped : MENTION.matcher(escaped).replaceAll("@\u2060");
    }

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.+-])@(?=[A-Za-z0-9])");

    /** A URL in prose ends before the punctuation after it, and before a ")" it did not open. */
    private static String withoutTrailingPunctuation(String url) {
        int end = url.length();
        while (end > 0) {
            char c = url.charAt(end - 1);
            String kept = url.substring(0, end);
            boolean unopened = c == ')' && kept.chars().filter(ch -> ch == ')').count() > kept.chars().filter(ch -> ch == '(').count();
            if (".,:;!?'\"*_~".indexOf(c) < 0 && !unopened) {
                break;
            }
            end--;
        }
        return url.substring(0, end);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
