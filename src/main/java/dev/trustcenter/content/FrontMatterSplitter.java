package dev.trustcenter.content;

import dev.trustcenter.diag.SourceException;
import dev.trustcenter.diag.SourcePosition;

/** Splits {@code ---} front matter from a Markdown body, remembering where each starts. */
record FrontMatterSplitter(String yaml, int yamlLine, String body, int bodyLine) {

    static FrontMatterSplitter split(String path, String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!isFence(firstLine(t, 0), "---")) {
            return new FrontMatterSplitter("", 1, t, 1);
        }
        int start = t.indexOf('\n') + 1;
        int line = 2;
        for (int pos = start; pos < t.length() || pos == start; line++) {
            int end = t.indexOf('\n', pos);
            String current = firstLine(t, pos);
            if (isFence(current, "---") || isFence(current, "...")) {
                int bodyStart = end < 0 ? t.length() : end + 1;
                return new FrontMatterSplitter(t.substring(start, pos), 2, t.substring(bodyStart), line + 1);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
        }
        throw new SourceException(new SourcePosition(path, 1),
                "front matter starts with '---' but is never closed: add a line '---' after the last key");
    }

    private static String firstLine(String t, int from) {
        int end = t.indexOf('\n', from);
        String line = end < 0 ? t.substring(Math.min(from, t.length())) : t.substring(from, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static boolean isFence(String line, String fence) {
        return line.stripTrailing().equals(fence);
    }
}
