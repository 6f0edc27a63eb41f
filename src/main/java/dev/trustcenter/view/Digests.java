package dev.trustcenter.view;

import dev.trustcenter.content.FrontMatter;
import dev.trustcenter.diff.ChangeType;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.Review;
import dev.trustcenter.model.Revision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link PolicyDigest} from a rendered policy. */
public final class Digests {

    /** The change type of a first version, which has nothing to be compared with. */
    public static final String NEW = "new";

    private Digests() {
    }

    public static PolicyDigest of(ViewContext ctx, RenderedPolicy rp) {
        Policy p = rp.policy();
        FrontMatter fm = p.latest().source().frontMatter();
        Review last = p.lastReview();
        PolicySummaryView summary = new PolicySummaryView(p.slug(), p.title(), fm.summary(), fm.owner(), fm.category(),
                ctx.policyUrl(p), ctx.historyUrl(p), last.label().text(), Formats.day(p.lastReviewed()),
                Formats.iso(p.lastReviewed()), ctx.banner(p), rp.textChangedSinceReview(), p.retired(), ctx.upcoming(p),
                Formats.isoOrNull(p.retiredOn()), Formats.dayOrNull(p.retiredOn()));
        return new PolicyDigest(summary, changes(ctx, rp), json(ctx, rp), sitemap(ctx, rp));
    }

    private static List<ChangeEntryView> changes(ViewContext ctx, RenderedPolicy rp) {
        Policy p = rp.policy();
        List<ChangeEntryView> entries = new ArrayList<>();
        Review previous = null;
        for (Review review : p.reviews()) {
            Revision r = review.revision();
            RenderedPolicy.Comparison c = previous == null ? null : rp.comparison(previous.revision(), r);
            LocalDate effective = r.source().frontMatter().effective();
            // Only a date after the review announces a change ahead; an earlier one adds nothing.
            LocalDate announced = effective != null && effective.isAfter(review.reviewed()) ? effective : null;
            entries.add(new ChangeEntryView(p.title(), ctx.policyUrl(p), review.label().text(), ctx.permanentUrl(p, r),
                    Formats.iso(review.reviewed()), Formats.day(review.reviewed()), typeId(c), typeText(c),
                    r.subject(), review.approvedBy(), c == null ? null : ctx.compareUrl(p, c.from(), c.to()),
                    c == null ? 0 : c.diff().wordsAdded(), c == null ? 0 : c.diff().wordsRemoved(),
                    c == null ? 0 : c.diff().wordsMoved(),
                    Formats.isoOrNull(announced), Formats.dayOrNull(announced), false));
            previous = review;
        }
        if (p.retired() && p.retiredOn() != null) {
            entries.add(ChangeEntryView.retirement(p.title(), ctx.policyUrl(p), Formats.iso(p.retiredOn()), Formats.day(p.retiredOn())));
        }
        return entries;
    }

    static String typeId(RenderedPolicy.Comparison c) {
        return c == null ? NEW : c.changeType().id();
    }

    static String typeText(RenderedPolicy.Comparison c) {
        return c == null ? "first version" : c.changeType().label();
    }

    private static PolicyJson json(ViewContext ctx, RenderedPolicy rp) {
        Policy p = rp.policy();
        Urls u = ctx.urls();
        List<PolicyJson.RevisionJson> revisions = new ArrayList<>();
        for (Revision r : p.revisions()) {
            RenderedPolicy.Comparison c = rp.previous(r);
            revisions.add(new PolicyJson.RevisionJson(r.id(), r.commitId(), r.time() == null ? null : Formats.iso(r.time()),
                    r.path(), Formats.iso(r.reviewed()), r.review(), r.label() == null ? null : r.label().text(),
                    u.revision(p.slug(), r.id()), r.subject(), r.author(), c == null ? NEW : c.changeType().id(),
                    Formats.isoOrNull(r.source().frontMatter().effective())));
        }
        List<PolicyJson.ReviewJson> reviews = new ArrayList<>();
        Review previous = null;
        for (Review review : p.reviews()) {
            RenderedPolicy.Comparison c = previous == null ? null : rp.comparison(previous.revision(), review.revision());
            reviews.add(new PolicyJson.ReviewJson(review.label().text(), Formats.iso(review.reviewed()),
                    review.revision().id(), u.review(p.slug(), review.label().slug()), review.approvedBy(),
                    review.textChanged(), typeId(c)));
            previous = review;
        }
        List<PolicyJson.DiffJson> diffs = rp.diffs().values().stream()
                .sorted(java.util.Comparator.comparingInt((RenderedPolicy.Comparison c) -> p.indexOf(c.to()))
                        .thenComparingInt(c -> p.indexOf(c.from())))
                .map(c -> new PolicyJson.DiffJson(c.from().id(), c.to().id(),
                        u.compare(p.slug(), RenderedPolicy.compareKey(c.from()), RenderedPolicy.compareKey(c.to())),
                        c.diff().wordsAdded(), c.diff().wordsRemoved(), c.diff().wordsMoved(), c.changeType().id()))
                .toList();
        FrontMatter fm = p.latest().source().frontMatter();
        return new PolicyJson(p.slug(), p.title(), fm.summary(), fm.owner(), fm.category(), p.latest().path(),
                u.policy(p.slug()), u.history(p.slug()), p.retired(), Formats.iso(p.lastReviewed()),
                p.nextReview() == null ? null : Formats.iso(p.nextReview()),
                p.reviewStatus() == null ? null : p.reviewStatus().id(), rp.textChangedSinceReview(),
                revisions, reviews, diffs, versionRef(u, p, p.inForce(), null),
                p.upcoming() == null ? null : versionRef(u, p, p.upcoming(),
                        u.compare(p.slug(), RenderedPolicy.compareKey(p.inForce()), RenderedPolicy.compareKey(p.upcoming()))));
    }

    private static PolicyJson.VersionRefJson versionRef(Urls u, Policy p, Revision r, String diffUrl) {
        return new PolicyJson.VersionRefJson(r.id(), r.label() == null ? null : r.label().text(),
                Formats.isoOrNull(r.source().frontMatter().effective()),
                r.review() ? u.review(p.slug(), r.label().slug()) : u.revision(p.slug(), r.id()), diffUrl);
    }

    private static List<SitemapView.Entry> sitemap(ViewContext ctx, RenderedPolicy rp) {
        Policy p = rp.policy();
        Urls u = ctx.urls();
        List<SitemapView.Entry> entries = new ArrayList<>();
        String latest = p.latest().time() == null ? Formats.iso(ctx.model().today()) : Formats.iso(p.latest().time()).substring(0, 10);
        if (p.retiredOn() != null && Formats.iso(p.retiredOn()).compareTo(latest) > 0) {
            // the pages changed to say so when the policy was retired (a deleted file has no later revision)
            latest = Formats.iso(p.retiredOn());
        }
        entries.add(new SitemapView.Entry(u.absolute(u.policy(p.slug())), latest));
        entries.add(new SitemapView.Entry(u.absolute(u.history(p.slug())), latest));
        for (Review review : p.reviews()) {
            entries.add(new SitemapView.Entry(u.absolute(u.review(p.slug(), review.label().slug())), Formats.iso(review.reviewed())));
        }
        return entries;
    }

    /** The change type shown for a revision against its predecessor, or null for a first version. */
    static ChangeType changeType(RenderedPolicy rp, Revision r) {
        RenderedPolicy.Comparison c = rp.previous(r);
        return c == null ? null : c.changeType();
    }
}
