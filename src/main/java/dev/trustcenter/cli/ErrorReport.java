package dev.trustcenter.cli;

import dev.trustcenter.diag.SourceException;
import dev.trustcenter.diag.UserException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place that separates "you can fix this" from "we have a bug": a {@link UserException}
 * prints its message (with {@code path:line:} when it has one) and exits 1, anything else prints
 * a stack trace and exits 2.
 */
final class ErrorReport implements IExecutionExceptionHandler {

    static final int USER_ERROR = 1;
    static final int BUG = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        if (e instanceof SourceException source && source.position() != null) {
            // the position as it is, not found again in the message: a path may hold spaces
            cmd.getErr().println(source.position() + ": error: " + source.detail());
            cmd.getErr().flush();
            return USER_ERROR;
        }
        if (e instanceof UserException) {
            cmd.getErr().println(e.getMessage().contains(": error: ") ? e.getMessage() : errorLine(e.getMessage()));
            cmd.getErr().flush();
            return USER_ERROR;
        }
        cmd.getErr().println("trustcenter: internal error (please report it with the trace below)");
        e.printStackTrace(cmd.getErr());
        cmd.getErr().flush();
        return BUG;
    }

    /** {@code path:line: message} becomes {@code path:line: error: message}, as compilers print it. */
    static String errorLine(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\S+?:\\d+(?::\\d+)?): (.*)$", java.util.regex.Pattern.DOTALL)
                .matcher(message);
        return m.matches() ? m.group(1) + ": error: " + m.group(2) : "error: " + message;
    }
}
