package dev.trustcenter.cli;

import picocli.CommandLine.Command;

/** The root command; it only lists the subcommands. */
@Command(name = "trustcenter", mixinStandardHelpOptions = true, version = "trustcenter 0.1.0",
        description = "Publishes a versioned trust center from Markdown policies kept in git.",
        subcommands = {BuildCommand.class, CheckCommand.class, DiffCommand.class, ReviewCommand.class, ServeCommand.class})
final class TrustcenterCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
