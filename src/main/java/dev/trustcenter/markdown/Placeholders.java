package dev.trustcenter.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {{ name }}} placeholders in a Markdown body, replaced by values the caller gives for the
 * version being rendered. Only placeholders in prose count: code spans, code blocks and raw HTML
 * keep them literally, and so does a backslash before the braces ({@code \{{ name }}}, which
 * Markdown then shows as {@code {{ name }}}). Values are inserted as literal text: every Markdown
 * character in them is escaped, and the HTML renderer escapes the rest.
 *
 * @param values  the value of each known name
 * @param unknown hears each placeholder whose name has no value; it stays literal in the text
 */
public record Placeholders(Map<String, String> values, Unknown unknown) {

    /** A placeholder without a value, at a 1-based line and column of the body. */
    @FunctionalInterface
    public interface Unknown {
        void found(String placeholder, String name, int line, int column);
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[ \\t]*([A-Za-z0-9_.-]+)[ \\t]*}}");

    /** The names every version of a policy defines (values are given per version by the view stage). */
    public static final List<String> NAMES = List.of("last_reviewed", "next_review", "review_label", "title");

    /** What to tell the writer about an unknown placeholder, the same in {@code build} and {@code check}. */
    public static String unknownMessage(String placeholder) {
        return "unknown placeholder " + placeholder + " (known: "
                + NAMES.stream().map(n -> "{{ " + n + " }}").collect(java.util.stream.Collectors.joining(", "))
                + "; write \\{{ or a code span to show braces)";
    }

    /**
     * For checking a text without publishing it: unknown names are reported, known ones are
     * replaced by their own names.
     */
    public static Placeholders checking(Unknown unknown) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        NAMES.forEach(n -> names.put(n, n));
        return new Placeholders(names, unknown);
    }

    public Placeholders {
        values = Map.copyOf(values);
        Objects.requireNonNull(unknown, "unknown");
    }

    /** Whether a body may hold a placeholder; a cheap test that spares most bodies a second parse. */
    static boolean mayContain(String markdown) {
        return markdown.contains("{{");
    }

    /** The body with every placeholder in prose replaced; {@code markdown} itself when none is. */
    String substitute(String markdown, Document parsed) {
        List<int[]> prose = proseRanges(parsed);
        StringBuilder out = new StringBuilder(markdown.length());
        int copied = 0;
        Matcher m = PLACEHOLDER.matcher(markdown);
        while (m.find()) {
            if (escaped(markdown, m.start()) || !inside(prose, m.start(), m.end())) {
                continue;
            }
            String value = values.get(m.group(1));
            if (value == null) {
                int lineStart = markdown.lastIndexOf('\n', m.start() - 1) + 1;
                unknown.found(m.group(), m.group(1), lineOf(markdown, m.start()),
                        markdown.codePointCount(lineStart, m.start()) + 1);
                continue;
            }
            out.append(markdown, copied, m.start()).append(escape(value));
            copied = m.end();
        }
        return copied == 0 ? markdown : out.append(markdown, copied, markdown.length()).toString();
    }

    /** Source ranges of text that renders as prose, merged where they touch. */
    private static List<int[]> proseRanges(Document parsed) {
        List<int[]> ranges = new ArrayList<>();
        collect(parsed, ranges);
        return ranges;
    }

    private static void collect(Node node, List<int[]> ranges) {
        if (node instanceof Code || node instanceof CodeBlock || node instanceof FencedCodeBlock
                || node instanceof IndentedCodeBlock || node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
            return;
        }
        if (node instanceof Text || node instanceof TextBase) {
            int start = node.getStartOffset();
            int end = node.getEndOffset();
            int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && last[1] == start) {
                last[1] = end;
            } else {
                ranges.add(new int[] {start, end});
            }
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, ranges);
        }
    }

    private static boolean inside(List<int[]> ranges, int start, int end) {
        for (int[] r : ranges) {
            if (r[0] <= start && end <= r[1]) {
                return true;
            }
        }
        return false;
    }

    /** An odd number of backslashes before the braces escapes them. */
    private static boolean escaped(String s, int at) {
        int n = 0;
        for (int i = at - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static int lineOf(String s, int offset) {
        int line = 1;
        for (int i = s.indexOf('\n'); i >= 0 && i < offset; i = s.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    /** Literal text in Markdown: CommonMark lets a backslash escape any ASCII punctuation. */
    static String escape(String value) {
        String flat = value.strip().replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder(flat.length() + 8);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (c < 128 && !Character.isLetterOrDigit(c) && c != ' ') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
