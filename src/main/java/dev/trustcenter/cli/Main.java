package dev.trustcenter.cli;

import dev.trustcenter.diag.UserException;
import picocli.CommandLine;

/** Entry point of {@code trustcenter.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = commandLine().execute(args);
        } catch (StackOverflowError e) {
            System.err.println("error: " + UserException.NESTED_TOO_DEEPLY);
            exitCode = ErrorReport.USER_ERROR;
        }
        System.exit(exitCode);
    }

    /** The configured command line, also used by tests in process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new TrustcenterCommand());
        cl.setExecutionExceptionHandler(new ErrorReport());
        return cl;
    }
}
