package dev.trustcenter.cli;

import dev.trustcenter.diag.Diagnostic;
import dev.trustcenter.diag.Diagnostics;
import dev.trustcenter.diag.PhaseTimer;
import dev.trustcenter.diag.UserException;
import dev.trustcenter.site.BuildOptions;
import dev.trustcenter.site.BuildReport;
import dev.trustcenter.site.PdfMode;
import dev.trustcenter.site.SiteBuild;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code trustcenter build}: publish the committed history as a static site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the trust center site from the committed history of the content folder.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RepoOptions repo = new RepoOptions();

    @Option(names = "--ref", paramLabel = "REF", description = "Branch, tag or commit to build. Default: HEAD.")
    String ref;

    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder. Default: site at the top of the repository (outside git: in the current directory).")
    Path out;

    @Option(names = "--pdf", paramLabel = "all|current",
            description = "PDFs to make: the current version of each policy (current, the default) or also every review (all).")
    String pdf;

    @Option(names = "--no-pdf", description = "Make no PDFs (quicker local builds).")
    boolean noPdf;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() {
        BatchJit.tune();
        PrintWriter err = spec.commandLine().getErr();
        RepoOptions.BuildTime time = repo.time(System.getenv(), Clock.systemUTC());
        Path repoDir = repo.repoDir();
        BuildOptions options = new BuildOptions(repoDir, repo.contentPath(), ref,
                site.templatesDir(repoDir), outDir(repoDir), site.baseUrl(), time.today(), time.generatedAt(),
                pdfMode());
        Diagnostics diagnostics = new Diagnostics();
        PhaseTimer timer = new PhaseTimer(Progress.forTerminal(err, quiet));
        BuildReport report;
        try {
            report = new SiteBuild(diagnostics, timer).run(options);
        } finally {
            Progress.finish(err, quiet);
        }
        if (!quiet) {
            diagnostics.sorted().stream().map(Diagnostic::toString).forEach(err::println);
            report.notices().forEach(err::println);
            spec.commandLine().getOut().println(report.summary() + " → " + options.outDir());
        }
        return 0;
    }

    private PdfMode pdfMode() {
        if (noPdf) {
            if (pdf != null) {
                throw new UserException("--pdf " + pdf + " and --no-pdf contradict each other: give one of them");
            }
            return PdfMode.NONE;
        }
        if (pdf == null || pdf.equals("current")) {
            return PdfMode.CURRENT;
        }
        if (pdf.equals("all")) {
            return PdfMode.ALL;
        }
        throw new UserException("--pdf '" + pdf + "' is not a choice: use --pdf current, --pdf all or --no-pdf");
    }

    /** {@code --out}, else {@code site} beside the repository's {@code templates/}, wherever the command runs from. */
    private Path outDir(Path repoDir) {
        if (out != null) {
            return out.toAbsolutePath().normalize();
        }
        Path top = GitRoot.top(repoDir);
        return (top != null ? top.resolve("site") : Path.of("site")).toAbsolutePath().normalize();
    }
}
