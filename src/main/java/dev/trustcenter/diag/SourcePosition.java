package dev.trustcenter.diag;

import java.util.Objects;

/**
 * A place in a user's file: a repository- or content-relative path, a 1-based line and an optional
 * 1-based column (0 when unknown). Prints as {@code path:line} or {@code path:line:column}.
 */
public record SourcePosition(String path, int line, int column) implements Comparable<SourcePosition> {

    public SourcePosition {
        Objects.requireNonNull(path, "path");
    }

    public SourcePosition(String path, int line) {
        this(path, line, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return path;
        }
        return column > 0 ? path + ":" + line + ":" + column : path + ":" + line;
    }

    @Override
    public int compareTo(SourcePosition o) {
        int c = path.compareTo(o.path);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
