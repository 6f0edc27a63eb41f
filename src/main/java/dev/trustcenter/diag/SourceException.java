package dev.trustcenter.diag;

import java.util.Objects;

/** A user-fixable error in a file, printed as {@code path:line: message}. */
public class SourceException extends UserException {

    private final SourcePosition position;
    private final String detail;

    public SourceException(SourcePosition position, String detail) {
        this(position, detail, null);
    }

    public SourceException(SourcePosition position, String detail, Throwable cause) {
        super(Objects.requireNonNull(position, "position") + ": " + detail, cause);
        this.position = position;
        this.detail = detail;
    }

    public SourcePosition position() {
        return position;
    }

    /** The message without the position prefix. */
    public String detail() {
        return detail;
    }

    public Diagnostic toDiagnostic() {
        return Diagnostic.error(position, detail);
    }
}
