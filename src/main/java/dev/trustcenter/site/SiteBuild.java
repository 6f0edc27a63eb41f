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
import java.util.Map;

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
        try (SiteWriter writer = new SiteWriter(options.outDir())) {
            Rendered rendered = build(options, writer, null);
            timer.phase("swap", writer::commit);
            return report(rendered, writer.fileCount());
        }
    }

    /**
     * Renders the site into memory, for the preview server: nothing is written to disk. Policies
     * whose inputs did not change since the previous call with the same {@code cache} are taken
     * from it instead of being rendered again.
     */
    public RenderedSite render(BuildOptions options, PolicyCache cache) {
        MemoryOutput out = new MemoryOutput();
        Rendered rendered = build(options, out, java.util.Objects.requireNonNull(cache, "cache"));
        Map<String, byte[]> files = out.files();
        return new RenderedSite(files, report(rendered, files.size()), rendered.drafts(), cache.rendered(), cache.reused());
    }

    private record Rendered(SiteModel model, List<PolicyPages.Result> results, List<String> notices,
                            WorkClock work, List<DraftLink> drafts) {
    }

    private Rendered build(BuildOptions options, SiteOutput out, PolicyCache cache) {
        try (RepositoryHistory history = timer.phase("history", () -> HistoryReader.read(new HistoryRequest(
                options.repoDir(), options.ref(), options.contentPath(), SiteModelBuilder::isPolicyPath)))) {
            SiteModel model = timer.phase("model", () -> SiteModelBuilder.build(history, options.today(), diagnostics));
            Urls urls = new Urls(options.baseUrl() != null ? options.baseUrl() : model.settings().baseUrl());
            ViewContext ctx = new ViewContext(model, urls, options.generatedAt());
            String theme = cache == null ? "" : TemplatesDigest.of(options.templatesDir());
            TemplateEngine templates = cache == null ? new TemplateEngine(options.templatesDir())
                    : cache.templates(theme, () -> new TemplateEngine(options.templatesDir()));
            MarkdownRenderer markdown = cache == null ? new MarkdownRenderer() : cache.markdown();
            WorkClock work = new WorkClock();
            PolicyPdfs pdfs = new PolicyPdfs(ctx, templates, options.pdf());
            List<PolicyPages.Result> results = timer.phase("render", () -> cache == null
                    ? renderPolicies(model, new PolicyPages(ctx, markdown, templates, out, work, diagnostics, pdfs))
                    : renderPolicies(model, ctx, markdown, templates, out, work, diagnostics, pdfs, cache,
                            cacheContext(options, ctx, theme)));
            failOnErrors();
            List<PolicyDigest> digests = results.stream().map(PolicyPages.Result::digest).toList();
            List<dev.trustcenter.view.SearchEntry> search = results.stream().flatMap(r -> r.search().stream()).toList();
            timer.phase("site pages", () -> writeSitePages(ctx, templates, history, model, digests, search, out, cache));
            List<DraftLink> drafts = !options.drafts() ? List.of()
                    : timer.phase("drafts", () -> writeDrafts(options, history, model, new DraftPages(ctx, markdown, templates, out), out));
            return new Rendered(model, results, Notices.of(history, urls.baseUrl()), work, drafts);
        }
    }

    /** In the preview, a build of a commit takes the site-wide pages from the cache: they depend on nothing else. */
    private static void writeSitePages(ViewContext ctx, TemplateEngine templates, RepositoryHistory history, SiteModel model,
                                       List<PolicyDigest> digests, List<dev.trustcenter.view.SearchEntry> search,
                                       SiteOutput out, PolicyCache cache) {
        if (cache == null || model.builtCommit() == null) {
            SitePages site = new SitePages(ctx, templates, out, history.blobs());
            site.write(digests);
            site.writeSearch(search);
            return;
        }
        cache.sitePages(() -> {
            PolicyCache.Collector files = new PolicyCache.Collector();
            SitePages site = new SitePages(ctx, templates, files, history.blobs());
            site.write(digests);
            site.writeSearch(search);
            return files.files();
        }).forEach(f -> out.write(f, "site"));
    }

    private List<DraftLink> writeDrafts(BuildOptions options, RepositoryHistory history, SiteModel model, DraftPages pages,
                                        SiteOutput out) {
        DraftReader.Result read = DraftReader.read(options, history, model, diagnostics);
        read.newAssets().forEach(f -> out.write(f, "a new file in the working tree"));
        return read.drafts().stream().map(pages::write).toList();
    }

    private static List<PolicyPages.Result> renderPolicies(SiteModel model, PolicyPages pages) {
        return model.policies().parallelStream().map(pages::write).toList();
    }

    /** Each policy's files come from the cache, or are rendered into it; either way they are written to {@code out}. */
    private static List<PolicyPages.Result> renderPolicies(SiteModel model, ViewContext ctx, MarkdownRenderer markdown,
                                                           TemplateEngine templates, SiteOutput out, WorkClock work,
                                                           java.util.function.Consumer<Diagnostic> diagnostics,
                                                           PolicyPdfs pdfs, PolicyCache cache, String context) {
        cache.begin(context);
        List<PolicyPages.Result> results = model.policies().parallelStream().map(p -> {
            PolicyCache.Entry entry = cache.get(p, () -> {
                PolicyCache.Collector files = new PolicyCache.Collector();
                PolicyPages.Result result = new PolicyPages(ctx, markdown, templates, files, work, diagnostics, pdfs).write(p);
                return new PolicyCache.Entry(files.files(), result);
            });
            entry.files().forEach(f -> out.write(f, p.latest().path()));
            return entry.result();
        }).toList();
        cache.end();
        return results;
    }

    /** The site-wide inputs of every policy page; when they change, no cached page is valid. */
    private static String cacheContext(BuildOptions options, ViewContext ctx, String theme) {
        return ctx.site() + "\n" + ctx.model().settings() + "\n" + options.baseUrl() + "\n" + options.today()
                + "\n" + theme;
    }

    private BuildReport report(Rendered r, int files) {
        SiteModel model = r.model();
        int revisions = model.policies().stream().mapToInt(p -> p.revisions().size()).sum();
        int reviews = model.policies().stream().mapToInt(p -> p.reviews().size()).sum();
        int diffs = r.results().stream().mapToInt(PolicyPages.Result::diffs).sum();
        return new BuildReport(model.policies().size(), revisions, reviews, diffs, files, timer.phases(),
                r.work().millis(), r.notices());
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
