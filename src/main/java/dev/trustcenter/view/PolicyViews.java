package dev.trustcenter.view;

import dev.trustcenter.content.FrontMatter;
import dev.trustcenter.diff.ChangeType;
import dev.trustcenter.diff.Utf8Html;
import dev.trustcenter.markdown.RenderedBody;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.Review;
import dev.trustcenter.model.Revision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Views of one policy's pages: current, review, revision and history. One per policy and thread. */
public final class PolicyViews {

    private final ViewContext ctx;
    private final RenderedPolicy rp;
    private final Policy p;
    private final Predicate<Revision> hasPdf;
    /**
     * Each version's text with its heading links, by the permanent URL they point to: a review's
     * text is shown on its review page, its revision page and perhaps the current page.
     */
    private final Map<String, Utf8Html> linkedBodies = new HashMap<>();

    public PolicyViews(ViewContext ctx, RenderedPolicy rendered) {
        this(ctx, rendered, r -> false);
    }

    /** @param hasPdf which versions the build makes a PDF of, so their pages can link it */
    public PolicyViews(ViewContext ctx, RenderedPolicy rendered, Predicate<Revision> hasPdf) {
        this.ctx = ctx;
        this.rp = rendered;
        this.p = rendered.policy();
        this.hasPdf = hasPdf;
    }

    /**
     * The current page shows the version in force. While a newer version waits for its effective
     * date, the page announces it instead of the unreviewed-changes notice (which is about the newer text).
     */
    public PolicyPageView current() {
        Revision latest = p.latest();
        UnreviewedNoticeView unreviewed = null;
        if (rp.textChangedSinceReview() && p.upcoming() == null) {
            Review last = p.lastReview();
            unreviewed = new UnreviewedNoticeView(p.unreviewed().size(), last.label().text(),
                    ctx.permanentUrl(p, last.revision()), ctx.compareUrl(p, last.revision(), latest));
        }
        return page("current", p.inForce(), ctx.banner(p), null, unreviewed);
    }

    public PolicyPageView review(Review review) {
        List<Review> reviews = p.reviews();
        int k = reviews.indexOf(review);
        Review next = k + 1 < reviews.size() ? reviews.get(k + 1) : null;
        Revision r = review.revision();
        // No article before the title: "the Subprocessors" or "the GitHub Terms" would read wrong.
        String intro = p.title() + " as reviewed in " + review.label().text() + " (" + Formats.day(review.reviewed()) + ")";
        String text = intro + (next != null || !rp.textChangedSinceReview() ? "." : ". It is the latest review; the text has changed since.")
                + (k > 0 && !review.textChanged() ? " The review changed nothing in the text." : "");
        String[] effective = effectiveTexts(r, intro);
        ArchivedNoticeView notice = new ArchivedNoticeView(effective == null ? text : effective[0], next != null, isCurrent(r),
                next == null ? null : "the " + next.label().text() + " review", next == null ? null : ctx.permanentUrl(p, next.revision()),
                ctx.policyUrl(p), ctx.historyUrl(p), diffToCurrent(r),
                k == 0 ? null : ctx.compareUrl(p, reviews.get(k - 1).revision(), r),
                effective == null ? null : Formats.iso(p.upcomingEffective()), effective == null ? null : effective[1]);
        return page("review", r, null, notice, null);
    }

    /**
     * The notice of the upcoming version's page and of the page of the version in force until then,
     * before and from the effective date; null for any other version.
     */
    private String[] effectiveTexts(Revision r, String intro) {
        if (p.upcoming() == null || (r != p.upcoming() && r != p.inForce())) {
            return null;
        }
        String date = Formats.day(p.upcomingEffective());
        String upcomingName = ViewContext.versionName(p.upcoming());
        String inForceName = ViewContext.versionName(p.inForce());
        if (r == p.upcoming()) {
            return new String[] {
                intro + ". It takes effect on " + date + "; until then the " + inForceName + " version is in force.",
                intro + ". It took effect on " + date + " and is the version in force."};
        }
        return new String[] {
            intro + ". It is the version in force until " + date + ", when the " + upcomingName + " version takes effect.",
            intro + ". It was in force until " + date + ", when the " + upcomingName + " version took effect."};
    }

    public PolicyPageView revision(Revision r) {
        List<Revision> revs = p.revisions();
        int i = p.indexOf(r);
        Revision next = i + 1 < revs.size() ? revs.get(i + 1) : null;
        String coverage = r.label() == null ? "made after the last review and not yet reviewed"
                : r.review() ? "recorded as the " + r.label().text() + " review" : "covered by the " + r.label().text() + " review";
        String intro = p.title() + ", revision " + r.id();
        String text = intro + (r.time() == null ? "" : ", committed " + Formats.day(r.time())) + ", " + coverage + ".";
        String[] effective = effectiveTexts(r, intro);
        ArchivedNoticeView notice = new ArchivedNoticeView(effective == null ? text : effective[0], next != null, isCurrent(r),
                next == null ? null : next.review() ? "the " + next.label().text() + " review" : "revision " + next.id(),
                next == null ? null : ctx.permanentUrl(p, next),
                ctx.policyUrl(p), ctx.historyUrl(p), diffToCurrent(r),
                i == 0 ? null : ctx.compareUrl(p, revs.get(i - 1), r),
                effective == null ? null : Formats.iso(p.upcomingEffective()), effective == null ? null : effective[1]);
        return page("revision", r, null, notice, null);
    }

    /** The text readers get at the policy's address: its latest revision, while it is not retired. */
    private boolean isCurrent(Revision r) {
        return r == p.latest() && !p.retired();
    }

    /** Null when the site does not publish that diff (it does for reviews, not for every revision). */
    private String diffToCurrent(Revision r) {
        return rp.comparison(r, p.latest()) == null ? null : ctx.compareUrl(p, r, p.latest());
    }

    private PolicyPageView page(String kind, Revision r, ReviewBannerView banner, ArchivedNoticeView archived,
                                UnreviewedNoticeView unreviewed) {
        FrontMatter fm = r.source().frontMatter();
        RenderedBody body = rp.body(r);
        String url = kind.equals("current") ? ctx.policyUrl(p) : ctx.permanentUrl(p, r);
        if (kind.equals("revision")) {
            url = ctx.urls().href(ctx.urls().revision(p.slug(), r.id()));
        }
        List<HeadingView> toc = body.headings().stream()
                .map(h -> new HeadingView(h.level(), h.id(), h.text())).toList();
        VersionView version = ctx.version(p, r, changeType(r));
        Revision edited = rp.edits().lastEdit(r);
        if (hasPdf.test(r)) {
            version = version.withPdfUrl(ctx.urls().href(ctx.pdfPath(p, r)));
        }
        return new PolicyPageView(ctx.site(), kind, p.slug(), fm.title(), fm.summary(), fm.owner(), fm.category(),
                url, ctx.policyUrl(p), ctx.historyUrl(p), ctx.urls().href(ctx.urls().policyFeed(p.slug())),
                linkedBody(body, toc, version.shareUrl()), toc, version, banner, archived, unreviewed,
                p.retired(), fm.extra(), kind.equals("current") ? ctx.upcoming(p) : null,
                Formats.isoOrNull(p.retiredOn()), Formats.dayOrNull(p.retiredOn()),
                Formats.iso(edited.time()), Formats.day(edited.time()));
    }

    /** A version's text with its heading links to {@code shareUrl}, made once for the pages that show it. */
    private Utf8Html linkedBody(RenderedBody body, List<HeadingView> toc, String shareUrl) {
        return linkedBodies.computeIfAbsent(shareUrl, url -> Utf8Html.of(HeadingLinks.add(body.html(), toc, url)));
    }

    ChangeType changeType(Revision r) {
        RenderedPolicy.Comparison c = rp.previous(r);
        return c == null ? null : c.changeType();
    }

    public HistoryView history(List<CompareOptionView> options, List<HistoryView.ComparePairView> pairs) {
        List<HistoryReviewView> reviews = new ArrayList<>();
        List<Review> all = p.reviews();
        for (int k = all.size() - 1; k >= 0; k--) {
            Review review = all.get(k);
            Revision r = review.revision();
            RenderedPolicy.Comparison fromPrevious = k == 0 ? null : rp.comparison(all.get(k - 1).revision(), r);
            ChangeType type = fromPrevious == null ? null : fromPrevious.changeType();
            reviews.add(new HistoryReviewView(review.label().text(), ctx.permanentUrl(p, r), Formats.iso(review.reviewed()),
                    Formats.day(review.reviewed()), review.approvedBy(), review.textChanged(),
                    type == null ? null : type.id(), type == null ? null : type.label(),
                    k == 0 ? null : ctx.compareUrl(p, all.get(k - 1).revision(), r), diffToCurrent(r),
                    revisionsNewestFirst(review.revisions()), Formats.isoOrNull(r.source().frontMatter().effective()),
                    Formats.dayOrNull(r.source().frontMatter().effective()), r == p.upcoming()));
        }
        return new HistoryView(ctx.site(), p.slug(), p.title(), ctx.policyUrl(p), ctx.historyUrl(p),
                ctx.urls().href(ctx.urls().policyFeed(p.slug())), ctx.urls().href(ctx.urls().policyMaterialFeed(p.slug())),
                ctx.banner(p), p.retired(), revisionsNewestFirst(p.unreviewed()), reviews, options, pairs, ctx.upcoming(p),
                Formats.isoOrNull(p.retiredOn()), Formats.dayOrNull(p.retiredOn()), rp.textChangedSinceReview());
    }

    private List<RevisionView> revisionsNewestFirst(List<Revision> revisions) {
        List<RevisionView> views = new ArrayList<>();
        for (int i = revisions.size() - 1; i >= 0; i--) {
            Revision r = revisions.get(i);
            RenderedPolicy.Comparison c = rp.previous(r);
            views.add(new RevisionView(r.id(), ctx.urls().href(ctx.urls().revision(p.slug(), r.id())),
                    r.commitId() == null ? "" : r.commitId(), r.id(), Formats.iso(r.time()), Formats.day(r.time()),
                    r.author(), r.subject(), r.review(), c == null ? null : c.changeType().id(),
                    c == null ? null : c.changeType().label(), c == null ? null : ctx.compareUrl(p, c.from(), r)));
        }
        return views;
    }
}
