package dev.trustcenter.view;

import dev.trustcenter.content.FrontMatter;
import dev.trustcenter.content.PolicySource;
import dev.trustcenter.diff.DiffHtml;
import dev.trustcenter.diff.DiffMemo;
import dev.trustcenter.diff.MetadataChange;
import dev.trustcenter.diff.PolicyDiff;
import dev.trustcenter.markdown.RenderedBody;
import dev.trustcenter.model.Policy;
import java.util.List;
import java.util.Objects;

/**
 * Views of a draft's pages (the preview server's "Draft — not published" text and its diff against
 * the last published version).
 */
public final class DraftViews {

    private final ViewContext ctx;
    private final Policy published;
    private final String slug;
    private final String path;
    private final PolicySource draft;
    private final RenderedBody body;
    private final PolicyDiff diff;

    /**
     * @param published the published policy, or null when the draft adds a policy
     * @param path      the working-tree file, repository-relative
     * @param draft     the file as it is on disk, or null when it was deleted there
     * @param body      the draft's rendered text (empty for a deleted file)
     * @param diff      the published text (empty when none) against {@code body}
     */
    public DraftViews(ViewContext ctx, Policy published, String slug, String path, PolicySource draft,
                      RenderedBody body, PolicyDiff diff) {
        if (published == null && draft == null) {
            throw new IllegalArgumentException("a draft needs a published version, a file on disk, or both: " + path);
        }
        this.ctx = ctx;
        this.published = published;
        this.slug = Objects.requireNonNull(slug, "slug");
        this.path = Objects.requireNonNull(path, "path");
        this.draft = draft;
        this.body = Objects.requireNonNull(body, "body");
        this.diff = Objects.requireNonNull(diff, "diff");
    }

    public String textUrl() {
        return ctx.urls().href(ctx.urls().draft(slug));
    }

    public String diffUrl() {
        return ctx.urls().href(ctx.urls().draftDiff(slug));
    }

    public String sideBySideUrl() {
        return ctx.urls().href(ctx.urls().draftDiffSideBySide(slug));
    }

    public String title() {
        return frontMatter().title();
    }

    public DraftView text() {
        List<HeadingView> toc = body.headings().stream().map(h -> new HeadingView(h.level(), h.id(), h.text())).toList();
        return view("text", toc, body.html(), null);
    }

    public DraftView diff(boolean sideBySide) {
        return view("diff", List.of(), "", diffView(sideBySide));
    }

    private DraftView view(String kind, List<HeadingView> toc, String html, DiffView diffView) {
        FrontMatter fm = frontMatter();
        return new DraftView(ctx.site(), kind, slug, fm.title(), fm.summary(), fm.owner(), fm.category(), path,
                textUrl(), diffUrl(), sideBySideUrl(), published == null ? null : ctx.policyUrl(published),
                published == null ? null : ctx.historyUrl(published), publishedVersion(), draft == null,
                recordsReview(), draft == null ? null : Formats.iso(fm.lastReviewed()),
                draft == null ? null : Formats.day(fm.lastReviewed()), toc, html, diffView);
    }

    private DiffView diffView(boolean sideBySide) {
        FrontMatter older = published == null ? null : published.latest().source().frontMatter();
        List<DiffView.MetadataChangeView> meta = older == null || draft == null ? List.of()
                : MetadataChange.compare(DiffViews.readerFields(older), DiffViews.readerFields(draft.frontMatter()))
                .stream().map(m -> new DiffView.MetadataChangeView(m.field(), m.older(), m.newer())).toList();
        List<DiffView.SectionLinkView> sections = DiffViews.sectionLinks(diff);
        DiffHtml.Fragments html = DiffHtml.both(diff);
        VersionView to = new VersionView("Draft", draft == null ? null : Formats.iso(draft.frontMatter().lastReviewed()),
                draft == null ? null : Formats.day(draft.frontMatter().lastReviewed()), "", "", null, null, null,
                "Uncommitted changes", null, textUrl(), diff.changeType().id(), diff.changeType().label());
        return new DiffView(ctx.site(), slug, title(), published == null ? null : ctx.policyUrl(published),
                published == null ? null : ctx.historyUrl(published), sideBySide ? sideBySideUrl() : diffUrl(),
                publishedVersion(), to, diff.changeType().id(), diff.changeType().label(), diff.wordsAdded(),
                diff.wordsRemoved(), diff.wordsMoved(), sections, meta, DiffViews.linkChanges(diff, new DiffMemo()), sideBySide,
                sideBySide ? diffUrl() : sideBySideUrl(),
                html.movedEdits(), sideBySide ? html.sideBySide() : html.inline());
    }

    private VersionView publishedVersion() {
        return published == null ? null : ctx.version(published, published.latest(), null);
    }

    private boolean recordsReview() {
        return published != null && draft != null && draft.frontMatter().lastReviewed() != null
                && !draft.frontMatter().lastReviewed().equals(published.latest().source().frontMatter().lastReviewed());
    }

    private FrontMatter frontMatter() {
        return draft != null ? draft.frontMatter() : published.latest().source().frontMatter();
    }
}
