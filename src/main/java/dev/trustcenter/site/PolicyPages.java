package dev.trustcenter.site;

import dev.trustcenter.diag.Diagnostic;
import dev.trustcenter.diff.ChangeType;
import dev.trustcenter.diff.DiffMemo;
import dev.trustcenter.diff.PolicyDiff;
import dev.trustcenter.diff.PolicyDiffer;
import dev.trustcenter.markdown.Block;
import dev.trustcenter.markdown.ChunkCache;
import dev.trustcenter.markdown.MarkdownRenderer;
import dev.trustcenter.markdown.Placeholders;
import dev.trustcenter.markdown.RenderedBody;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.Review;
import dev.trustcenter.model.Revision;
import dev.trustcenter.model.TextEdits;
import dev.trustcenter.template.TemplateEngine;
import dev.trustcenter.view.CompareOptionView;
import dev.trustcenter.view.DiffView;
import dev.trustcenter.view.DiffViews;
import dev.trustcenter.view.Formats;
import dev.trustcenter.view.HistoryView;
import dev.trustcenter.view.Digests;
import dev.trustcenter.view.PolicyDigest;
import dev.trustcenter.view.PlaceholderValues;
import dev.trustcenter.view.PolicyViews;
import dev.trustcenter.view.RenderedPolicy;
import dev.trustcenter.view.SearchEntry;
import dev.trustcenter.view.SearchSections;
import dev.trustcenter.view.SiteViews;
import dev.trustcenter.view.Urls;
import dev.trustcenter.view.ViewContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Renders one policy completely — bodies, diffs, pages, feeds — and writes it. Each distinct
 * (blob, path) is rendered once however many pages show it. Safe to run for several policies at
 * once: it shares only thread-safe engines.
 */
final class PolicyPages {

    /**
     * Benchmark only ({@code bench/run}): {@code diff-pages} leaves the compare pages out,
     * {@code diffs} also the comparisons behind them, to measure what they cost. A site built so
     * has history links to pages that are not there.
     */
    private static final String BENCHMARK_WITHOUT = System.getProperty("trustcenter.benchmark.without", "");

    private final ViewContext ctx;
    private final MarkdownRenderer markdown;
    private final TemplateEngine templates;
    private final SiteOutput writer;
    private final WorkClock clock;
    private final Map<String, String> slugsByPath;
    private final Consumer<Diagnostic> diagnostics;
    private final PolicyPdfs pdfs;

    PolicyPages(ViewContext ctx, MarkdownRenderer markdown, TemplateEngine templates, SiteOutput writer, WorkClock clock,
                Consumer<Diagnostic> diagnostics, PolicyPdfs pdfs) {
        this.diagnostics = diagnostics;
        this.ctx = ctx;
        this.markdown = markdown;
        this.templates = templates;
        this.writer = writer;
        this.clock = clock;
        this.slugsByPath = LinkRewriter.slugsByPath(ctx);
        this.pdfs = pdfs;
    }

    /** @param search the sections of the current text, for the search index */
    record Result(PolicyDigest digest, int diffs, List<SearchEntry> search) {
    }

    Result write(Policy p) {
        Map<String, RenderedBody> bodies = clock.time("markdown", () -> bodies(p));
        DiffMemo memo = new DiffMemo();
        TextEdits edits = TextEdits.of(p);
        RenderedPolicy rp = new RenderedPolicy(p, bodies, clock.time("diff", () -> comparisons(p, bodies, edits, memo)), edits);
        java.util.Set<Revision> pdfVersions = pdfs.versions(p);
        PolicyViews views = new PolicyViews(ctx, rp, pdfVersions::contains);
        Urls u = ctx.urls();
        file(u.policy(p.slug()), "policy.ftlh", views.current(), p);
        List<Revision> offered = compareVersions(p);
        file(u.history(p.slug()), "history.ftlh", views.history(compareOptions(offered, rp), comparePairs(p, offered, rp)), p);
        for (Review review : p.reviews()) {
            file(u.review(p.slug(), review.label().slug()), "policy.ftlh", views.review(review), p);
        }
        for (Revision r : p.revisions()) {
            file(u.revision(p.slug(), r.id()), "policy.ftlh", views.revision(r), p);
        }
        if (BENCHMARK_WITHOUT.isEmpty()) {
            DiffViews diffs = new DiffViews(ctx, rp, memo);
            for (RenderedPolicy.Comparison c : rp.diffs().values()) {
                List<DiffView> both = clock.time("diff html", () -> diffs.views(c));
                file(sitePath(diffs.inlineUrl(c)), "diff.ftlh", both.get(0), p);
                file(sitePath(diffs.sideBySideUrl(c)), "diff.ftlh", both.get(1), p);
            }
        }
        for (Revision r : pdfVersions) {
            OutputFile pdf = clock.time("pdf", () -> pdfs.render(p, r, views));
            clock.time("file writes", () -> writer.write(pdf, p.latest().path()));
        }
        PolicyDigest digest = Digests.of(ctx, rp);
        SiteViews feeds = new SiteViews(ctx, List.of(digest));
        file(u.policyFeed(p.slug()), "feed.ftlx", feeds.policyFeed(digest, false), p);
        file(u.policyMaterialFeed(p.slug()), "feed.ftlx", feeds.policyFeed(digest, true), p);
        return new Result(digest, rp.diffs().size(), SearchSections.of(ctx, rp));
    }

    /**
     * Each version's body with its placeholders filled in as of that version. A blob is rendered
     * once unless it holds placeholders, whose values differ between versions of the same text.
     */
    private Map<String, RenderedBody> bodies(Policy p) {
        Map<String, RenderedBody> byBlob = new HashMap<>();
        Map<Block, Block> sameBlocks = new HashMap<>();
        Map<String, ChunkCache> chunksByPath = new HashMap<>();
        Map<String, RenderedBody> byRevision = new LinkedHashMap<>();
        // the new chunks of all versions in one flexmark call per file (see MarkdownRenderer#prerender);
        // texts with placeholders are rendered per version, as their values differ
        Map<String, List<String>> plainByPath = new HashMap<>();
        for (Revision r : p.revisions()) {
            if (!r.source().markdown().contains("{{")) {
                plainByPath.computeIfAbsent(r.contentPath(), path -> new ArrayList<>()).add(r.source().markdown());
            }
        }
        plainByPath.forEach((path, texts) -> markdown.prerender(texts, new LinkRewriter(ctx.urls(), slugsByPath, path),
                chunksByPath.computeIfAbsent(path, k -> new ChunkCache())));
        for (Revision r : p.revisions()) {
            String contentPath = r.contentPath();
            String text = r.source().markdown();
            Placeholders placeholders = text.contains("{{")
                    ? PlaceholderValues.placeholders(p, r, ctx.model().settings().defaultCycle(), diagnostics) : null;
            String key = r.blobId() + "\u0000" + contentPath + (placeholders == null ? "" : "\u0000" + new TreeMap<>(placeholders.values()));
            RenderedBody body = byBlob.computeIfAbsent(key,
                    k -> shareBlocks(markdown.render(text, new LinkRewriter(ctx.urls(), slugsByPath, contentPath),
                            placeholders, chunksByPath.computeIfAbsent(contentPath, path -> new ChunkCache())), sameBlocks));
            byRevision.put(r.id(), body);
        }
        return byRevision;
    }

    /**
     * Versions share most of their blocks; one instance of each lets a block's parsed HTML and its
     * comparisons (see {@link DiffMemo}) serve every version that has it.
     */
    private static RenderedBody shareBlocks(RenderedBody body, Map<Block, Block> sameBlocks) {
        List<Block> blocks = new ArrayList<>(body.blocks().size());
        body.blocks().forEach(b -> blocks.add(sameBlocks.computeIfAbsent(b, k -> k)));
        return new RenderedBody(body.html(), body.headings(), blocks);
    }

    /**
     * The published diffs: each revision against the previous one, each review against the
     * previous review, each review against the current text, and the version in force against the
     * upcoming one. Pairs are computed once.
     */
    private static Map<String, RenderedPolicy.Comparison> comparisons(Policy p, Map<String, RenderedBody> bodies,
                                                                      TextEdits edits, DiffMemo memo) {
        Map<String, RenderedPolicy.Comparison> out = new LinkedHashMap<>();
        if (BENCHMARK_WITHOUT.equals("diffs")) {
            return out;
        }
        List<Revision> revs = p.revisions();
        for (int i = 1; i < revs.size(); i++) {
            add(out, memo, revs.get(i - 1), revs.get(i), bodies, edits);
        }
        List<Review> reviews = p.reviews();
        for (int k = 0; k < reviews.size(); k++) {
            if (k > 0) {
                add(out, memo, reviews.get(k - 1).revision(), reviews.get(k).revision(), bodies, edits);
            }
            if (reviews.get(k).revision() != p.latest()) {
                add(out, memo, reviews.get(k).revision(), p.latest(), bodies, edits);
            }
        }
        if (p.upcoming() != null) {
            add(out, memo, p.inForce(), p.upcoming(), bodies, edits);
        }
        return out;
    }

    private static void add(Map<String, RenderedPolicy.Comparison> out, DiffMemo memo, Revision from, Revision to,
                            Map<String, RenderedBody> bodies, TextEdits edits) {
        out.computeIfAbsent(RenderedPolicy.pairKey(from, to), k -> {
            PolicyDiff d = PolicyDiffer.diff(bodies.get(from.id()), bodies.get(to.id()), memo);
            // The same text as written, with only placeholder values differing (a review that bumps
            // the date of "next review: {{ next_review }}"), shows its word changes but changed no text.
            ChangeType computed = from.source().markdown().equals(to.source().markdown()) ? ChangeType.NONE : d.changeType();
            return new RenderedPolicy.Comparison(from, to, d, classify(computed, edits.edits(from, to), edits.unmarkedEdits(from, to)));
        });
    }

    /**
     * A material-looking change is editorial when every commit in it that changed the text was
     * marked {@code Change-Type: editorial}. A commit that changed only the front matter has
     * nothing to mark: the review recorded after an editorial fix ({@code trustcenter review}
     * writes such a commit) made the review material, and sent it to the material feeds.
     *
     * @param edits    the commits in the change that changed the text
     * @param unmarked those of them not marked editorial
     */
    static ChangeType classify(ChangeType computed, int edits, int unmarked) {
        return computed == ChangeType.MATERIAL && edits > 0 && unmarked == 0 ? ChangeType.EDITORIAL : computed;
    }

    /**
     * The versions the compare form offers, newest first: every review, the latest text when it is
     * not a review, and the version in force when it is neither.
     */
    private static List<Revision> compareVersions(Policy p) {
        List<Revision> versions = new ArrayList<>();
        for (Revision r : p.revisions()) {
            if (r.review() || r == p.latest() || r == p.inForce()) {
                versions.add(0, r);
            }
        }
        return versions;
    }

    private static String optionText(Policy p, Revision r) {
        if (r.review()) {
            return r.label().text() + " review (" + Formats.day(r.reviewed()) + ")";
        }
        return (r == p.latest() ? "Current text (" : "Revision (") + r.id() + ")";
    }

    /** Each option names the newer options it has a published diff to, so the form offers only pages that exist. */
    private static List<CompareOptionView> compareOptions(List<Revision> versions, RenderedPolicy rp) {
        List<CompareOptionView> options = new ArrayList<>();
        for (Revision from : versions) {
            List<String> targets = new ArrayList<>();
            for (Revision to : versions) {
                if (rp.comparison(from, to) != null) {
                    targets.add(RenderedPolicy.compareKey(to));
                }
            }
            options.add(new CompareOptionView(RenderedPolicy.compareKey(from), optionText(rp.policy(), from), targets));
        }
        return options;
    }

    private List<HistoryView.ComparePairView> comparePairs(Policy p, List<Revision> versions, RenderedPolicy rp) {
        List<HistoryView.ComparePairView> pairs = new ArrayList<>();
        for (Revision to : versions) {
            for (Revision from : versions) {
                if (rp.comparison(from, to) != null) {
                    pairs.add(new HistoryView.ComparePairView(RenderedPolicy.compareKey(from), RenderedPolicy.compareKey(to),
                            optionText(p, from), optionText(p, to), ctx.compareUrl(p, from, to)));
                }
            }
        }
        return pairs;
    }

    private String sitePath(String href) {
        return href.substring(ctx.urls().href("").length());
    }

    private void file(String sitePath, String template, Object view, Policy p) {
        byte[] bytes = clock.time("templates", () -> templates.renderBytes(template, view));
        clock.time("file writes", () -> writer.write(new OutputFile(Urls.file(sitePath), bytes), p.latest().path()));
    }
}
