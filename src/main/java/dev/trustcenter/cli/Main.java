package dev.trustcenter.cli;

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
            // the Markdown and YAML parsers recurse once per level of nesting
            System.err.println("error: a policy nests lists, block quotes or brackets too deeply to be read"
                    + " (hundreds of levels); `trustcenter check` names the file");
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
