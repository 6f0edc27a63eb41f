package dev.trustcenter.diag;

/**
 * A problem the user can fix (bad input, a shallow clone, a missing folder). The CLI prints its
 * message without a stack trace and exits with code 1; anything else is a bug.
 */
public class UserException extends RuntimeException {

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
