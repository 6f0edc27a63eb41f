package dev.trustcenter.cli;

import dev.trustcenter.diag.UserException;
import dev.trustcenter.serve.Preview;
import dev.trustcenter.site.BuildOptions;
import dev.trustcenter.site.PdfMode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trustcenter serve}: the writer's live preview, drafts included. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a live preview of the site on this machine: uncommitted policy edits show as drafts"
                + " with a diff against the published version, and open pages reload when a file changes.",
                "Nothing is written to disk; 'build' never publishes drafts."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RepoOptions repo = new RepoOptions();

    @Option(names = "--ref", paramLabel = "REF", description = "Branch, tag or commit to preview. Default: HEAD.")
    String ref;

    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 means every interface.")
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UserException("--port " + port + " is not a port number (1-65535, or 0 for a free one)");
        }
        PrintWriter out = spec.commandLine().getOut();
        RepoOptions.BuildTime time = repo.time(System.getenv(), Clock.systemUTC());
        Path repoDir = repo.repoDir();
        Path root = GitRoot.find(repoDir);
        // The preview renders into memory: the output folder is never written.
        BuildOptions options = new BuildOptions(repoDir, repo.contentPath(), ref, site.templatesDir(repoDir),
                root.resolve("site"), site.baseUrl(), time.today(), time.generatedAt(), PdfMode.CURRENT, true);
        Preview preview = Preview.start(new Preview.Options(options, root, bind, port), out, spec.commandLine().getErr());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            out.println("stopped");
            out.flush();
        }, "trustcenter-stop"));
        out.println("Serving " + preview.url() + (isLoopback(bind) ? "" : " (listening on " + bind + ")")
                + " — edit files under " + repo.content + "/ and the page reloads. Ctrl-C to stop.");
        out.flush();
        preview.awaitStopped();
        return 0;
    }

    private static boolean isLoopback(String address) {
        return address.equals("127.0.0.1") || address.equals("localhost") || address.equals("::1");
    }
}
