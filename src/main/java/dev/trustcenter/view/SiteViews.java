package dev.trustcenter.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Site-wide views built from every policy's digest: home, feeds, sitemap, 404. */
public final class SiteViews {

    static final int LATEST_CHANGES = 8;
    static final int FEED_ENTRIES = 50;
    private static final Comparator<ChangeEntryView> NEWEST_FIRST = Comparator
            .comparing(ChangeEntryView::dateIso).reversed()
            .thenComparing(ChangeEntryView::policyTitle)
            .thenComparing(ChangeEntryView::label);

    private final ViewContext ctx;
    private final List<PolicyDigest> digests;

    public SiteViews(ViewContext ctx, List<PolicyDigest> digests) {
        this.ctx = ctx;
        this.digests = List.copyOf(digests);
    }

    public HomeView home(String introHtml) {
        Map<String, List<PolicySummaryView>> byCategory = new LinkedHashMap<>();
        List<PolicySummaryView> retired = new ArrayList<>();
        digests.stream().map(PolicyDigest::summary)
                .sorted(Comparator.comparing((PolicySummaryView s) -> s.category() == null ? "\uFFFF" : s.category())
                        .thenComparing(PolicySummaryView::title))
                .forEach(s -> {
                    if (s.retired()) {
                        retired.add(s);
                    } else {
                        byCategory.computeIfAbsent(s.category() == null ? "Other policies" : s.category(),
                                k -> new ArrayList<>()).add(s);
                    }
                });
        List<CategoryView> categories = byCategory.entrySet().stream()
                .map(e -> new CategoryView(e.getKey(), e.getValue())).toList();
        long overdue = count(s -> s.banner() != null && s.banner().status().equals("overdue"));
        long dueSoon = count(s -> s.banner() != null && s.banner().status().equals("due-soon"));
        Urls u = ctx.urls();
        return new HomeView(ctx.site(), introHtml, categories, retired,
                latest(e -> true, LATEST_CHANGES), (int) overdue, (int) dueSoon, u.href(u.calendar()), u.href(u.archive()));
    }

    private long count(Predicate<PolicySummaryView> p) {
        return digests.stream().map(PolicyDigest::summary).filter(p).count();
    }

    private List<ChangeEntryView> latest(Predicate<ChangeEntryView> keep, int limit) {
        return digests.stream().flatMap(d -> d.changes().stream()).filter(keep)
                .sorted(NEWEST_FIRST).limit(limit).toList();
    }

    public static boolean isMaterial(ChangeEntryView e) {
        return e.changeType().equals("material") || e.changeType().equals(Digests.NEW) || e.retired();
    }

    public FeedView siteFeed(boolean materialOnly) {
        Urls u = ctx.urls();
        String self = materialOnly ? u.materialFeed() : u.siteFeed();
        String title = ctx.model().settings().title() + (materialOnly ? ": material changes" : ": policy reviews");
        return feed(title, self, u.home(), latest(materialOnly ? SiteViews::isMaterial : e -> true, FEED_ENTRIES));
    }

    public FeedView policyFeed(PolicyDigest d, boolean materialOnly) {
        Urls u = ctx.urls();
        String slug = d.summary().slug();
        List<ChangeEntryView> entries = d.changes().stream()
                .filter(materialOnly ? SiteViews::isMaterial : e -> true).sorted(NEWEST_FIRST).toList();
        return feed(d.summary().title() + (materialOnly ? ": material changes" : ": reviews"),
                materialOnly ? u.policyMaterialFeed(slug) : u.policyFeed(slug), u.policy(slug), entries);
    }

    private FeedView feed(String title, String selfPath, String alternatePath, List<ChangeEntryView> entries) {
        Urls u = ctx.urls();
        String prefix = u.href("");
        List<FeedView.FeedEntryView> items = entries.stream().map(e -> new FeedView.FeedEntryView(
                u.absolute(e.url().substring(prefix.length())), e.retired() ? e.policyTitle() + " retired"
                        : e.policyTitle() + ", " + e.label() + " review (" + e.changeText()
                        + (e.effectiveText() == null ? "" : ", effective from " + e.effectiveText()) + ")",
                u.absolute(e.url().substring(prefix.length())), e.dateIso() + "T00:00:00Z",
                e.approvedBy() == null || e.approvedBy().isEmpty() ? ctx.model().settings().company() : e.approvedBy(),
                summary(e), e.changeType(), e.changeText(),
                e.diffUrl() == null ? null : u.absolute(e.diffUrl().substring(prefix.length())))).toList();
        String updated = entries.isEmpty() ? Formats.iso(ctx.generatedAt()) : entries.get(0).dateIso() + "T00:00:00Z";
        return new FeedView(ctx.site(), u.absolute(selfPath), title, u.absolute(selfPath), u.absolute(alternatePath),
                updated, items);
    }

    private static String summary(ChangeEntryView e) {
        if (e.retired()) {
            return "Retired on " + e.dateText() + ": no longer in force. Its reviews stay published.";
        }
        String words = e.diffUrl() == null ? "" : " (+" + e.wordsAdded() + " / -" + e.wordsRemoved() + " words"
                + (e.wordsMoved() > 0 ? ", " + e.wordsMoved() + " moved" : "") + ")";
        String effective = e.effectiveText() == null ? "" : " Takes effect on " + e.effectiveText() + ".";
        return "Reviewed " + e.dateText() + ": " + e.changeText() + words + "." + effective + " " + e.subject();
    }

    public SitemapView sitemap() {
        Urls u = ctx.urls();
        List<SitemapView.Entry> entries = new ArrayList<>();
        entries.add(new SitemapView.Entry(u.absolute(u.home()), Formats.iso(ctx.model().today())));
        digests.forEach(d -> entries.addAll(d.sitemap()));
        return new SitemapView(entries);
    }

    public NotFoundView notFound() {
        return new NotFoundView(ctx.site());
    }
}
