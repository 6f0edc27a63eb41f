package dev.trustcenter.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a Markdown body into top-level chunks that CommonMark reads the same alone as in the whole
 * document, so that versions of a policy, which share most of their text, render each chunk once.
 * A cut goes only after a blank line, before an unindented line that cannot continue what came
 * before: not a list marker (a list goes on across blank lines), not inside a fenced code block.
 * Documents whose parts can reach each other are not cut at all: link reference definitions
 * (used anywhere in the document), raw HTML blocks (some run across blank lines) and indented
 * fences (one in a list item ends with the item, which a line-by-line reading cannot see).
 */
final class MarkdownChunks {

    private static final Pattern FENCE = Pattern.compile("^(`{3,}|~{3,})(.*)$");
    /** A fence in a list item ends with the item, which a line-by-line reading cannot see. */
    private static final Pattern INDENTED_FENCE = Pattern.compile("(?m)^[ \\t]+(`{3,}|~{3,})");
    private static final Pattern LIST_MARKER = Pattern.compile("^([-+*]|\\d{1,9}[.)])([ \\t]|$)");

    private MarkdownChunks() {
    }

    /** The chunks, whose concatenation is {@code markdown}; one chunk when it cannot be cut. */
    static List<String> split(String markdown) {
        boolean mayHaveFences = markdown.contains("```") || markdown.contains("~~~");
        if (markdown.contains("]:") || hasHtmlBlock(markdown) || mayHaveFences && INDENTED_FENCE.matcher(markdown).find()) {
            return List.of(markdown);
        }
        List<String> chunks = new ArrayList<>();
        String fence = null;
        boolean afterBlank = false;
        int chunkStart = 0;
        int lineStart = 0;
        // lines are read in place: most are prose, and a copy of each was most of the cost
        while (lineStart < markdown.length()) {
            int newline = markdown.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? markdown.length() : newline + 1;
            int contentEnd = newline < 0 ? markdown.length() : newline;
            if (contentEnd > lineStart && markdown.charAt(contentEnd - 1) == '\r') {
                contentEnd--;
            }
            if (fence == null && afterBlank && lineStart > chunkStart && startsBlock(markdown, lineStart, contentEnd)) {
                chunks.add(markdown.substring(chunkStart, lineStart));
                chunkStart = lineStart;
            }
            char first = contentEnd > lineStart ? markdown.charAt(lineStart) : '\n';
            Matcher m = first == '`' || first == '~' ? FENCE.matcher(markdown).region(lineStart, contentEnd) : null;
            if (m != null && m.matches()) {
                if (fence == null && !(m.group(1).charAt(0) == '`' && m.group(2).contains("`"))) {
                    fence = m.group(1);
                } else if (fence != null && m.group(1).charAt(0) == fence.charAt(0)
                        && m.group(1).length() >= fence.length() && m.group(2).isBlank()) {
                    fence = null;
                }
            }
            afterBlank = isBlank(markdown, lineStart, contentEnd);
            lineStart = lineEnd;
        }
        chunks.add(markdown.substring(chunkStart));
        return chunks;
    }

    /** An unindented line that starts a block of its own rather than continuing a list. */
    private static boolean startsBlock(String markdown, int start, int end) {
        if (start == end || Character.isWhitespace(markdown.charAt(start))) {
            return false;
        }
        char first = markdown.charAt(start);
        boolean maybeMarker = first == '-' || first == '+' || first == '*' || first >= '0' && first <= '9';
        return !(maybeMarker && LIST_MARKER.matcher(markdown).region(start, end).find());
    }

    /** As {@link String#isBlank} of the line: no surrogate is white space, so chars will do. */
    private static boolean isBlank(String markdown, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(markdown.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Conservatively: any line that starts, after its indentation, with {@code <}. */
    private static boolean hasHtmlBlock(String markdown) {
        int at = markdown.indexOf('<');
        while (at >= 0) {
            int i = at - 1;
            while (i >= 0 && (markdown.charAt(i) == ' ' || markdown.charAt(i) == '\t' || markdown.charAt(i) == '>')) {
                i--;
            }
            if (i < 0 || markdown.charAt(i) == '\n') {
                return true;
            }
            at = markdown.indexOf('<', at + 1);
        }
        return false;
    }
}
