package dev.trustcenter.site;

import dev.trustcenter.diag.Diagnostic;
import dev.trustcenter.diag.Diagnostics;
import dev.trustcenter.diag.PhaseTimer;
import dev.trustcenter.diag.UserException;
import dev.trustcenter.history.HistoryReader;
import dev.trustcenter.history.HistoryRequest;
import dev.trustcenter.history.RepositoryHistory;
import dev.trustcenter.markdown.MarkdownRenderer;
import dev.trustcenter.model.SiteModel;
import dev.trustcenter.model.SiteModelBuilder;
import dev.trustcenter.template.TemplateEngine;
import dev.trustcenter.view.PolicyDigest;
import dev.trustcenter.view.Urls;
import dev.trustcenter.view.ViewContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The build: read history, model it, render and write every page, swap the site in. */
public final class SiteBuild {

    private final Diagnostics diagnostics;
    private final PhaseTimer timer;

    public SiteBuild(Diagnostics diagnostics, PhaseTimer timer) {
        this.diagnostics = diagnostics;
        this.timer = timer;
    }

    public BuildReport run(BuildOptions options) {
        checkOutputFolder(options.outDir());
        try (RepositoryHistory history = timer.phase("history", () -> HistoryReader.read(new HistoryRequest(
                options.repoDir(), options.ref(), options.contentPath(), SiteModelBuilder::isPolicyPath)))) {
            SiteModel model = timer.phase("model", () -> SiteModelBuilder.build(history, options.today(), diagnostics));
            return write(options, history, model);
        }
    }

    private BuildReport write(BuildOptions options, RepositoryHistory history, SiteModel model) {
        Urls urls = new Urls(options.baseUrl() != null ? options.baseUrl() : model.settings().baseUrl());
        ViewContext ctx = new ViewContext(model, urls, options.generatedAt());
        TemplateEngine templates = new TemplateEngine(options.templatesDir());
        WorkClock work = new WorkClock();
        try (SiteWriter writer = new SiteWriter(options.outDir())) {
            List<PolicyPages.Result> results = timer.phase("render",
                    () -> renderPolicies(model, new PolicyPages(ctx, new MarkdownRenderer(), templates, writer, work, diagnostics,
                            new PolicyPdfs(ctx, templates, options.pdf()))));
            failOnErrors();
            List<PolicyDigest> digests = results.stream().map(PolicyPages.Result::digest).toList();
            timer.phase("site pages", () -> {
                SitePages site = new SitePages(ctx, templates, writer, history.blobs());
                site.write(digests);
                site.writeSearch(results.stream().flatMap(r -> r.search().stream()).toList());
            });
            timer.phase("swap", writer::commit);
            return report(model, results, writer.fileCount(), Notices.of(history), work.millis());
        }
    }

    private static List<PolicyPages.Result> renderPolicies(SiteModel model, PolicyPages pages) {
        return model.policies().parallelStream().map(pages::write).toList();
    }

    private BuildReport report(SiteModel model, List<PolicyPages.Result> results, int files, List<String> notices,
                               java.util.Map<String, Long> renderWork) {
        int revisions = model.policies().stream().mapToInt(p -> p.revisions().size()).sum();
        int reviews = model.policies().stream().mapToInt(p -> p.reviews().size()).sum();
        int diffs = results.stream().mapToInt(PolicyPages.Result::diffs).sum();
        return new BuildReport(model.policies().size(), revisions, reviews, diffs, files, timer.phases(),
                renderWork, notices);
    }

    /**
     * Errors found while rendering (an unknown placeholder in the text being published) fail the
     * build before the site is swapped in, all of them listed, as parse errors would.
     */
    private void failOnErrors() {
        if (diagnostics.hasErrors()) {
            throw new UserException(diagnostics.sorted().stream().filter(Diagnostic::isError)
                    .map(Diagnostic::toString).collect(java.util.stream.Collectors.joining("\n")));
        }
    }

    /** Refuses to replace a folder that holds something other than a previous site. */
    static void checkOutputFolder(Path out) {
        try (var entries = Files.exists(out) ? Files.list(out) : java.util.stream.Stream.<Path>empty()) {
            boolean empty = entries.findAny().isEmpty();
            if (!empty && !Files.exists(out.resolve("policies.json"))) {
                throw new UserException("refusing to replace " + out + ": it is not empty and holds no policies.json,"
                        + " so it does not look like a site trustcenter built (choose another --out)");
            }
        } catch (java.io.IOException e) {
            throw new UserException("cannot read the output folder " + out + ": " + e.getMessage(), e);
        }
    }
}
