package dev.trustcenter.view;

import dev.trustcenter.diff.ChangeType;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.ReviewStatus;
import dev.trustcenter.model.Revision;
import dev.trustcenter.model.SiteModel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** What every view needs: the model's site-wide facts, the URL scheme and the build time. */
public record ViewContext(SiteModel model, Urls urls, Instant generatedAt) {

    public SiteView site() {
        var s = model.settings();
        String commit = model.builtCommit() == null ? "" : model.builtCommit();
        return new SiteView(s.title(), s.company(), s.contact(), urls.baseUrl(), urls.href(urls.home()),
                urls.href(urls.assets()), urls.href(urls.siteFeed()), urls.href(urls.materialFeed()),
                urls.href(urls.policiesJson()), Formats.iso(generatedAt), Formats.minute(generatedAt),
                Formats.iso(model.today()), commit, commit.substring(0, Math.min(12, commit.length())),
                urls.href(urls.search()));
    }

    /** The next-review banner as of the build's today; null for a retired policy. */
    public ReviewBannerView banner(Policy p) {
        if (p.retired()) {
            return null;
        }
        LocalDate next = p.nextReview();
        long days = ChronoUnit.DAYS.between(model.today(), next);
        String text = switch (p.reviewStatus()) {
            case OVERDUE -> "Review overdue since " + Formats.day(next);
            // the date too: a printed page or a stale build keeps the count's meaning
            case DUE_SOON -> (days == 0 ? "Review due today" : "Review due in " + days + (days == 1 ? " day" : " days"))
                    + " (" + Formats.day(next) + ")";
            case CURRENT -> "Next review by " + Formats.day(next);
        };
        return new ReviewBannerView(p.reviewStatus().id(), text, Formats.iso(next), Formats.day(next),
                Formats.iso(p.lastReviewed()), Formats.day(p.lastReviewed()), ReviewStatus.DUE_SOON_DAYS);
    }

    public String policyUrl(Policy p) {
        return urls.href(urls.policy(p.slug()));
    }

    public String historyUrl(Policy p) {
        return urls.href(urls.history(p.slug()));
    }

    /** The page that will always show exactly this revision's text. */
    public String permanentUrl(Policy p, Revision r) {
        return urls.href(permanentPath(p, r));
    }

    /** The site path of {@link #permanentUrl}. */
    public String permanentPath(Policy p, Revision r) {
        return r.review() ? urls.review(p.slug(), r.label().slug()) : urls.revision(p.slug(), r.id());
    }

    /** The site path of the PDF of a version, inside its permanent page's folder. */
    public String pdfPath(Policy p, Revision r) {
        return urls.pdf(permanentPath(p, r), p.slug(), RenderedPolicy.compareKey(r));
    }

    public String compareUrl(Policy p, Revision from, Revision to) {
        return urls.href(urls.compare(p.slug(), RenderedPolicy.compareKey(from), RenderedPolicy.compareKey(to)));
    }

    public VersionView version(Policy p, Revision r, ChangeType change) {
        LocalDate effective = r.source().frontMatter().effective();
        return new VersionView(r.label() == null ? null : r.label().text(), Formats.iso(r.reviewed()),
                Formats.day(r.reviewed()), r.commitId() == null ? "" : r.commitId(), r.id(),
                Formats.iso(r.time()), Formats.day(r.time()), r.author(), r.subject(), r.approvedBy(),
                permanentUrl(p, r), change == null ? null : change.id(), change == null ? null : change.label(),
                effective == null ? null : Formats.iso(effective), effective == null ? null : Formats.day(effective),
                urls.absolute(permanentPath(p, r)), null);
    }

    /**
     * A version as a diff's summary names it: a revision that is not a review by its commit and
     * date, rather than by the review that later covered it and the review date it carried.
     */
    public VersionView comparedVersion(Policy p, Revision r, ChangeType change) {
        VersionView v = version(p, r, change);
        return r.review() ? v : new VersionView(null, null, null, v.commit(), v.commitShort(), v.dateIso(), v.dateText(),
                v.author(), v.subject(), null, v.permanentUrl(), v.changeType(), v.changeText(), v.effectiveIso(),
                v.effectiveText(), v.shareUrl(), v.pdfUrl());
    }

    /** How a version is named to readers: "the 2024-Q2 review" reads as {@code 2024-Q2}, else "revision &lt;id&gt;". */
    public static String versionName(Revision r) {
        return r.review() ? r.label().text() : "revision " + r.id();
    }

    /** The announcement of a policy's upcoming version; null when it has none. */
    public UpcomingView upcoming(Policy p) {
        Revision next = p.upcoming();
        if (next == null) {
            return null;
        }
        LocalDate effective = p.upcomingEffective();
        return new UpcomingView(Formats.iso(effective), Formats.day(effective), versionName(next),
                permanentUrl(p, next), compareUrl(p, p.inForce(), next), versionName(p.inForce()),
                permanentUrl(p, p.inForce()));
    }
}
