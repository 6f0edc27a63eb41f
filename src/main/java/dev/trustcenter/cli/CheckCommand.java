package dev.trustcenter.cli;

import dev.trustcenter.check.CheckOptions;
import dev.trustcenter.check.CheckReport;
import dev.trustcenter.check.Checker;
import dev.trustcenter.diag.Diagnostics;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trustcenter check}: validate what {@code build} would publish, without writing a site. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validates what build would publish, without writing a site.",
                "Checks front matter, duplicate slugs, links between"
                + " policies and into their headings, images, empty policies, overdue or due reviews, and text changed"
                + " without a last_reviewed bump. Prints path:line:column: error|warning: message, sorted.",
                "Checks the working tree unless --ref is given. Exit code 0 when clean (warnings allowed), 1 on errors."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    RepoOptions repo = new RepoOptions();

    @Option(names = "--ref", paramLabel = "REF", description = "Branch, tag or commit to check. Default: the working tree.")
    String ref;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one finding per line) or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--strict", description = "Treat warnings (overdue reviews, unreviewed changes…) as errors.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print no summary line.")
    boolean quiet;

    @Override
    public Integer call() {
        RepoOptions.BuildTime time = repo.time(System.getenv(), Clock.systemUTC());
        CheckReport report = Checker.run(new CheckOptions(repo.repoDir(), repo.contentPath(), ref, time.today()),
                new Diagnostics());
        if (strict) {
            report = report.strict();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? report.json() : report.text());
        out.flush();
        if (!quiet && format == Format.text) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("check: " + report.summary() + (ref == null ? " (working tree)" : " at " + ref));
            err.flush();
        }
        return report.errors() > 0 ? ErrorReport.USER_ERROR : 0;
    }
}
