package dev.trustcenter.site;

import dev.trustcenter.diff.PolicyDiff;
import dev.trustcenter.diff.PolicyDiffer;
import dev.trustcenter.content.ReviewCycle;
import dev.trustcenter.markdown.MarkdownRenderer;
import dev.trustcenter.markdown.Placeholders;
import dev.trustcenter.markdown.RenderedBody;
import dev.trustcenter.model.Policy;
import dev.trustcenter.template.TemplateEngine;
import dev.trustcenter.view.DraftView;
import dev.trustcenter.view.DraftViews;
import dev.trustcenter.view.PlaceholderValues;
import dev.trustcenter.view.Urls;
import dev.trustcenter.view.ViewContext;

/**
 * Renders a draft's pages: its text, and its diff (inline and side by side) against the last
 * published version. The published text is rendered again rather than taken from the policy cache:
 * one Markdown render per draft, which keeps cached policies free of draft state.
 */
final class DraftPages {

    static final String TEMPLATE = "draft.ftlh";

    private final ViewContext ctx;
    private final MarkdownRenderer markdown;
    private final TemplateEngine templates;
    private final SiteOutput out;

    DraftPages(ViewContext ctx, MarkdownRenderer markdown, TemplateEngine templates, SiteOutput out) {
        this.ctx = ctx;
        this.markdown = markdown;
        this.templates = templates;
        this.out = out;
    }

    DraftLink write(Draft d) {
        Policy p = d.published();
        ReviewCycle cycle = ctx.model().settings().defaultCycle();
        // Unknown placeholders stay as written here: check reports them with their line.
        RenderedBody body = d.source() == null ? render("", d.contentPath(), null)
                : render(d.source().markdown(), d.contentPath(), new Placeholders(
                        PlaceholderValues.ofDraft(d.source().frontMatter(), p, cycle), (ph, name, line, column) -> { }));
        RenderedBody published = p == null ? render("", d.contentPath(), null)
                : render(p.latest().source().markdown(), p.latest().contentPath(), new Placeholders(
                        PlaceholderValues.of(p, p.latest(), cycle), (ph, name, line, column) -> { }));
        PolicyDiff diff = PolicyDiffer.diff(published, body);
        DraftViews views = new DraftViews(ctx, p, d.slug(), d.repoPath(), d.source(), body, diff);
        Urls u = ctx.urls();
        file(u.draft(d.slug()), views.text(), d);
        file(u.draftDiff(d.slug()), views.diff(false), d);
        file(u.draftDiffSideBySide(d.slug()), views.diff(true), d);
        return new DraftLink(d.slug(), views.title(), d.repoPath(), views.textUrl(), views.diffUrl(),
                p == null ? null : ctx.policyUrl(p), p == null ? null : ctx.historyUrl(p), d.source() == null);
    }

    private RenderedBody render(String text, String contentPath, Placeholders placeholders) {
        return markdown.render(text, new LinkRewriter(ctx.urls(), LinkRewriter.slugsByPath(ctx), contentPath), placeholders);
    }

    private void file(String sitePath, DraftView view, Draft d) {
        byte[] bytes = templates.renderBytes(TEMPLATE, view);
        out.write(new OutputFile(Urls.file(sitePath), bytes), d.repoPath() + " (draft)");
    }
}
