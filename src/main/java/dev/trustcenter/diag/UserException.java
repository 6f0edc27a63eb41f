package dev.trustcenter.diag;

/**
 * A problem the user can fix (bad input, a shallow clone, a missing folder). The CLI prints its
 * message without a stack trace and exits with code 1; anything else is a bug.
 */
public class UserException extends RuntimeException {

    /**
     * The Markdown and YAML parsers recurse once per level of nesting: hundreds of levels overflow
     * the stack wherever a file is read, and only {@code check} reads one file at a time.
     */
    public static final String NESTED_TOO_DEEPLY = "a policy nests lists, block quotes or brackets too deeply to be"
            + " read (hundreds of levels); `trustcenter check` names the file";

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
