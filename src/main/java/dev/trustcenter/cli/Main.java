package dev.trustcenter.cli;

import picocli.CommandLine;

/** Entry point of {@code trustcenter.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests in process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new TrustcenterCommand());
        cl.setExecutionExceptionHandler(new ErrorReport());
        return cl;
    }
}
