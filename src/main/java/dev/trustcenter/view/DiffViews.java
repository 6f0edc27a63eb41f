package dev.trustcenter.view;

import dev.trustcenter.content.FrontMatter;
import dev.trustcenter.diff.DiffHtml;
import dev.trustcenter.diff.DiffMemo;
import dev.trustcenter.diff.LinkChange;
import dev.trustcenter.diff.MetadataChange;
import dev.trustcenter.diff.PolicyDiff;
import dev.trustcenter.diff.Utf8Html;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.Revision;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Views of a policy's diff pages, inline and side by side. */
public final class DiffViews {

    private final ViewContext ctx;
    private final PolicyViews versions;
    private final Policy p;
    private final DiffMemo memo;
    /** A version is one end of several comparisons: its view and fields are made once. */
    private final Map<Revision, VersionView> compared = new IdentityHashMap<>();
    private final Map<Revision, Map<String, String>> fields = new IdentityHashMap<>();

    /**
     * @param memo the block comparisons of this policy's diffs, shared with the differ; confines
     *             this object to one thread
     */
    public DiffViews(ViewContext ctx, RenderedPolicy rendered, DiffMemo memo) {
        this.ctx = ctx;
        this.memo = memo;
        this.versions = new PolicyViews(ctx, rendered);
        this.p = rendered.policy();
    }

    public String inlineUrl(RenderedPolicy.Comparison c) {
        return ctx.compareUrl(p, c.from(), c.to());
    }

    public String sideBySideUrl(RenderedPolicy.Comparison c) {
        return ctx.urls().href(ctx.urls().compareSideBySide(p.slug(),
                RenderedPolicy.compareKey(c.from()), RenderedPolicy.compareKey(c.to())));
    }

    /** The inline and the side-by-side page of one comparison. */
    public List<DiffView> views(RenderedPolicy.Comparison c) {
        DiffHtml.Fragments html = DiffHtml.both(c.diff(), memo);
        DiffView inline = inline(c, html.inline(), html.movedEdits());
        return List.of(inline, sideBySide(inline, html.sideBySide()));
    }

    private DiffView inline(RenderedPolicy.Comparison c, Utf8Html fragment, boolean movedEdits) {
        PolicyDiff d = c.diff();
        List<DiffView.SectionLinkView> sections = sectionLinks(d);
        List<DiffView.MetadataChangeView> meta = MetadataChange.compare(fields(c.from()), fields(c.to()))
                .stream().map(m -> new DiffView.MetadataChangeView(m.field(), m.older(), m.newer())).toList();
        return new DiffView(ctx.site(), p.slug(), p.title(), ctx.policyUrl(p), ctx.historyUrl(p), inlineUrl(c),
                version(c.from()), version(c.to()),
                c.changeType().id(), c.changeType().label(), d.wordsAdded(), d.wordsRemoved(), d.wordsMoved(), sections, meta,
                linkChanges(d, memo), false, sideBySideUrl(c), movedEdits, fragment);
    }

    static List<DiffView.LinkChangeView> linkChanges(PolicyDiff d, DiffMemo memo) {
        return LinkChange.of(d, memo).stream().map(l -> new DiffView.LinkChangeView(l.text(), l.older(), l.newer())).toList();
    }

    private VersionView version(Revision r) {
        return compared.computeIfAbsent(r, k -> ctx.comparedVersion(p, k, versions.changeType(k)));
    }

    private Map<String, String> fields(Revision r) {
        return fields.computeIfAbsent(r, k -> readerFields(k.source().frontMatter()));
    }

    /** The same page as {@code inline} but for its view, which changes nothing else. */
    private static DiffView sideBySide(DiffView inline, Utf8Html fragment) {
        return new DiffView(inline.site(), inline.slug(), inline.title(), inline.currentUrl(), inline.historyUrl(),
                inline.otherViewUrl(), inline.from(), inline.to(), inline.changeType(), inline.changeText(),
                inline.wordsAdded(), inline.wordsRemoved(), inline.wordsMoved(), inline.sections(),
                inline.metadataChanges(), inline.linkChanges(), true, inline.url(), inline.movedEdits(), fragment);
    }

    /** Links to each changed section; the text above the first heading has no title of its own. */
    static List<DiffView.SectionLinkView> sectionLinks(PolicyDiff d) {
        return d.sections().stream()
                .map(s -> new DiffView.SectionLinkView(s.shownTitle(), s.anchor())).toList();
    }

    /** The front-matter fields a reader cares about, as shown in the "details changed" table. */
    static Map<String, String> readerFields(FrontMatter fm) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Title", fm.title());
        m.put("Owner", fm.owner());
        m.put("Category", fm.category());
        m.put("Last reviewed", Formats.day(fm.lastReviewed()));
        m.put("Review cycle", fm.reviewCycle() == null ? "" : fm.reviewCycle().name());
        m.put("Next review", Formats.day(fm.nextReview()));
        m.put("Status", fm.status().id());
        m.put("Effective", Formats.day(fm.effective()));
        m.replaceAll((k, v) -> v == null ? "" : v);
        return m;
    }
}
