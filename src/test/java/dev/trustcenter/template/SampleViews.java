package dev.trustcenter.template;

import dev.trustcenter.diff.Utf8Html;
import dev.trustcenter.view.ArchivedNoticeView;
import dev.trustcenter.view.CategoryView;
import dev.trustcenter.view.ChangeEntryView;
import dev.trustcenter.view.CompareOptionView;
import dev.trustcenter.view.DiffView;
import dev.trustcenter.view.FeedView;
import dev.trustcenter.view.HeadingView;
import dev.trustcenter.view.HistoryReviewView;
import dev.trustcenter.view.HistoryView;
import dev.trustcenter.view.HomeView;
import dev.trustcenter.view.NotFoundView;
import dev.trustcenter.view.PolicyPageView;
import dev.trustcenter.view.PolicySummaryView;
import dev.trustcenter.view.ReviewBannerView;
import dev.trustcenter.view.RevisionView;
import dev.trustcenter.view.SiteView;
import dev.trustcenter.view.SitemapView;
import dev.trustcenter.view.UnreviewedNoticeView;
import dev.trustcenter.view.VersionView;
import java.util.List;
import java.util.Map;

/** Hand-built view records shaped like a small trust center, for template tests. */
final class SampleViews {

    static final String COMMIT = "3f9c2a1b7d4e5f60718293a4b5c6d7e8f9012345";
    static final String BODY = "<p>We protect <strong>customer data</strong>.</p>"
            + "<h2 id=\"scope\">Scope</h2><p>All systems.</p>"
            + "<h2 id=\"access\">Access</h2><p>Least privilege.</p>"
            + "<h2 id=\"logging\">Logging</h2><table><tr><th>Log</th><td>90 days</td></tr></table>";
    static final List<HeadingView> TOC = List.of(new HeadingView(2, "scope", "Scope"),
            new HeadingView(2, "access", "Access"), new HeadingView(2, "logging", "Logging"));

    private SampleViews() {
    }

    static SiteView site() {
        return new SiteView("Northwind Ledger Trust Center", "Northwind Ledger", "security@northwind.example",
                "https://trust.northwind.example", "/", "/assets/", "/feed.xml", "/feed-material.xml",
                "/policies.json", "2026-11-05T09:30:00Z", "5 Nov 2026 09:30 UTC", "2026-11-05", COMMIT,
                COMMIT.substring(0, 7));
    }

    static ReviewBannerView banner(String status, String text) {
        return new ReviewBannerView(status, text, "2027-01-14", "14 Jan 2027", "2026-10-14", "14 Oct 2026", 30);
    }

    static PolicySummaryView summary(String slug, String title, String category, ReviewBannerView banner,
                                     boolean unreviewed) {
        return new PolicySummaryView(slug, title, "What " + title + " covers.", "Head of Security", category,
                "/" + slug + "/", "/" + slug + "/history/", "2026-Q4", "14 Oct 2026", "2026-10-14", banner,
                unreviewed, false);
    }

    static HomeView home(String siteTitleSuffix) {
        SiteView s = site();
        SiteView site = new SiteView(s.title() + siteTitleSuffix, s.company(), s.contact(), s.baseUrl(), s.root(),
                s.assetsUrl(), s.feedUrl(), s.materialFeedUrl(), s.policiesJsonUrl(), s.generatedIso(),
                s.generatedText(), s.todayIso(), s.commit(), s.commitShort());
        var security = new CategoryView("Security", List.of(
                summary("security-policy", "Security Policy", "Security", banner("current", "Next review by 14 Jan 2027"), false),
                summary("access-control", "Access Control", "Security", banner("overdue", "Review overdue since 1 Oct 2026"), true)));
        var privacy = new CategoryView("Privacy", List.of(
                summary("privacy-notice", "Privacy Notice", "Privacy", banner("due-soon", "Review due in 5 days (6 Mar 2026)"), false)));
        var retired = new PolicySummaryView("old-vpn", "VPN Policy", null, "IT", "Security", "/old-vpn/",
                "/old-vpn/history/", "2024-Q1", "3 Feb 2024", "2024-02-03", null, false, true, null, "2024-09-30", "30 Sep 2024");
        var change = new ChangeEntryView("Security Policy", "/security-policy/", "2026-Q4",
                "/security-policy/2026-Q4/", "2026-10-14", "14 Oct 2026", "material", "material",
                "Tighten MFA rules", "CTO", "/security-policy/compare/2026-Q3...2026-Q4/", 12345, 3, 40);
        var first = new ChangeEntryView("Privacy Notice", "/privacy-notice/", "2026-Q1", "/privacy-notice/2026-Q1/",
                "2026-01-10", "10 Jan 2026", "none", "no text change", "First version", "DPO", null, 0, 0, 0);
        return new HomeView(site, "<p>Read how we <em>protect</em> data.</p>", List.of(security, privacy),
                List.of(retired), List.of(change, first), 1, 1);
    }

    static VersionView version(String label) {
        return new VersionView(label, label == null ? null : "2026-10-14", label == null ? null : "14 Oct 2026",
                COMMIT, COMMIT.substring(0, 7), "2026-10-12", "12 Oct 2026", "Ada Admin", "Tighten MFA rules",
                label == null ? null : "Chief Technology Officer",
                label == null ? "/security-policy/r-" + COMMIT.substring(0, 7) + "/" : "/security-policy/" + label + "/",
                "material", "material");
    }

    static PolicyPageView currentPage(String title, String bodyHtml, List<HeadingView> toc) {
        return new PolicyPageView(site(), "current", "security-policy", title, "How we protect \"data\".",
                "Head of Security", "Security", "/security-policy/", "/security-policy/",
                "/security-policy/history/", "/security-policy/feed.xml", Utf8Html.of(bodyHtml), toc, version("2026-Q4"),
                banner("current", "Next review by 14 Jan 2027"), null, null, false, Map.of("frameworks", "SOC 2"));
    }

    static PolicyPageView unreviewedCurrentPage() {
        var unreviewed = new UnreviewedNoticeView(2, "2026-Q4", "/security-policy/2026-Q4/",
                "/security-policy/compare/2026-Q4...current/");
        return new PolicyPageView(site(), "current", "security-policy", "Security Policy", null, "Head of Security",
                "Security", "/security-policy/", "/security-policy/", "/security-policy/history/",
                "/security-policy/feed.xml", Utf8Html.of(BODY), TOC, version(null), banner("due-soon", "Review due in 5 days (6 Mar 2026)"),
                null, unreviewed, false, null);
    }

    static PolicyPageView reviewPage() {
        var archived = new ArchivedNoticeView("Security Policy as reviewed in 2026-Q3 (14 Jul 2026).",
                true, false, "the 2026-Q4 review", "/security-policy/2026-Q4/", "/security-policy/", "/security-policy/history/",
                "/security-policy/compare/2026-Q3...current/", "/security-policy/compare/2026-Q2...2026-Q3/");
        return new PolicyPageView(site(), "review", "security-policy", "Security Policy", null, "Head of Security",
                "Security", "/security-policy/2026-Q3/", "/security-policy/", "/security-policy/history/",
                "/security-policy/feed.xml", Utf8Html.of(BODY), TOC, version("2026-Q3"), null, archived, null, false, Map.of());
    }

    static RevisionView revision(String shortId, String subject, String type, boolean review) {
        String id = "r-" + shortId;
        return new RevisionView(id, "/security-policy/" + id + "/", shortId + "0".repeat(40 - shortId.length()),
                shortId, "2026-10-12", "12 Oct 2026", "Ada Admin", subject, review, type, type,
                "/security-policy/compare/x..." + id + "/");
    }

    static HistoryView history() {
        var q4 = new HistoryReviewView("2026-Q4", "/security-policy/2026-Q4/", "2026-10-14", "14 Oct 2026", "CTO",
                true, "material", "material", "/security-policy/compare/2026-Q3...2026-Q4/", null,
                List.of(revision("a1b2c3d", "Tighten MFA rules", "material", true),
                        revision("b2c3d4e", "Fix typo", "editorial", false)));
        var q3 = new HistoryReviewView("2026-Q3", "/security-policy/2026-Q3/", "2026-07-14", "14 Jul 2026", null,
                false, "none", "no text change", null, "/security-policy/compare/2026-Q3...current/", List.of());
        return new HistoryView(site(), "security-policy", "Security Policy", "/security-policy/",
                "/security-policy/history/", "/security-policy/feed.xml", "/security-policy/feed-material.xml",
                banner("current", "Next review by 14 Jan 2027"), false,
                List.of(revision("c3d4e5f", "Add logging section", "material", false)), List.of(q4, q3),
                List.of(new CompareOptionView("current", "Current text"),
                        new CompareOptionView("2026-Q4", "2026-Q4", List.of("current")),
                        new CompareOptionView("2026-Q3", "2026-Q3 (14 Jul 2026)", List.of("2026-Q4", "current"))),
                List.of(new HistoryView.ComparePairView("2026-Q4", "current", "2026-Q4", "Current text",
                                "/security-policy/compare/2026-Q4...current/"),
                        new HistoryView.ComparePairView("2026-Q3", "current", "2026-Q3 (14 Jul 2026)", "Current text",
                                "/security-policy/compare/2026-Q3...current/"),
                        new HistoryView.ComparePairView("2026-Q3", "2026-Q4", "2026-Q3 (14 Jul 2026)", "2026-Q4",
                                "/security-policy/compare/2026-Q3...2026-Q4/")),
                null, null, null, true);
    }

    static DiffView diff(boolean sideBySide) {
        String inline = "<h2 id=\"access\">Access</h2><p id=\"change-1\">Use <del>SMS</del><ins>an authenticator</ins>.</p>";
        String side = "<div class=\"diff-side\"><div><p>Use <del>SMS</del>.</p></div>"
                + "<div><p id=\"change-1\">Use <ins>an authenticator</ins>.</p></div></div>";
        return diff(sideBySide, Utf8Html.of(sideBySide ? side : inline));
    }

    static DiffView diff(boolean sideBySide, Utf8Html body) {
        return new DiffView(site(), "security-policy", "Security Policy", "/security-policy/",
                "/security-policy/history/", "/security-policy/compare/2026-Q3...2026-Q4/", version("2026-Q3"),
                version("2026-Q4"), "material", "material", 12, 1, 8,
                List.of(new DiffView.SectionLinkView("Access", "change-1")),
                List.of(new DiffView.MetadataChangeView("Owner", "IT", "Head of Security"),
                        new DiffView.MetadataChangeView("Status", null, "active")),
                List.of(new DiffView.LinkChangeView("data processing agreement", "https://northwind.example/dpa-2025",
                        "https://northwind.example/dpa-2026")),
                sideBySide, "/security-policy/compare/2026-Q3...2026-Q4/" + (sideBySide ? "" : "side/"), false, body);
    }

    static FeedView feed(String entryTitle) {
        var entry = new FeedView.FeedEntryView("https://trust.northwind.example/security-policy/2026-Q4/", entryTitle,
                "https://trust.northwind.example/security-policy/2026-Q4/", "2026-10-14T10:00:00Z", "Ada Admin",
                "Reviewed by the CTO; MFA & logging rules tightened.", "material", "material",
                "https://trust.northwind.example/security-policy/compare/2026-Q3...2026-Q4/?a=1&b=2");
        var bare = new FeedView.FeedEntryView("https://trust.northwind.example/privacy-notice/2026-Q1/",
                "Privacy Notice 2026-Q1", "https://trust.northwind.example/privacy-notice/2026-Q1/", "2026-01-10",
                null, null, "none", "no text change", null);
        return new FeedView(site(), "https://trust.northwind.example/feed.xml", "Northwind Ledger: all changes",
                "https://trust.northwind.example/feed.xml", "https://trust.northwind.example/",
                "2026-10-14T10:00:00Z", List.of(entry, bare));
    }

    static SitemapView sitemap() {
        return new SitemapView(List.of(new SitemapView.Entry("https://trust.northwind.example/", "2026-11-05"),
                new SitemapView.Entry("https://trust.northwind.example/search/?q=a&b", null)));
    }

    /** A site with no company, contact or commit, as an empty folder outside git would give. */
    static SiteView bareSite() {
        return new SiteView("Trust Center", "", "", "", "/", "/assets/", "/feed.xml", "/feed-material.xml",
                "/policies.json", "2026-11-05T09:30:00Z", "5 Nov 2026 09:30 UTC", "2026-11-05", null, null);
    }

    /** One view per HTML template with every optional part absent: nothing reviewed, nothing listed. */
    static Map<String, Object> bareViews() {
        SiteView site = bareSite();
        var firstVersion = new VersionView(null, null, null, COMMIT, COMMIT.substring(0, 7), "2026-10-12",
                "12 Oct 2026", "Ada Admin", "Add policy", null, "/p/r-3f9c2a1/", null, null);
        var never = new PolicySummaryView("p", "P", null, null, null, "/p/", "/p/history/", null, null, null,
                null, false, false);
        return Map.of(
                "home.ftlh", new HomeView(site, null, List.of(new CategoryView("", List.of(never))), List.of(),
                        List.of(), 0, 0),
                "policy.ftlh", new PolicyPageView(site, "current", "p", "P", null, null, null, "/p/", "/p/",
                        "/p/history/", null, Utf8Html.of(""), List.of(), firstVersion, null, null, null, true, null),
                "history.ftlh", new HistoryView(site, "p", "P", "/p/", "/p/history/", "/p/feed.xml",
                        "/p/feed-material.xml", null, true, List.of(), List.of(),
                        List.of(new CompareOptionView("current", "Current text"))),
                "diff.ftlh", new DiffView(site, "p", "P", "/p/", "/p/history/", "/p/compare/a...b/", firstVersion,
                        firstVersion, null, null, 0, 0, 0, List.of(), List.of(), List.of(), false, "/p/compare/a...b/side/", false, Utf8Html.of("")),
                "404.ftlh", new NotFoundView(site));
    }

    static NotFoundView notFound() {
        return new NotFoundView(site());
    }
}
