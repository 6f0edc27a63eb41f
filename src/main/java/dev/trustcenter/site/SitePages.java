package dev.trustcenter.site;

import dev.trustcenter.history.BlobSource;
import dev.trustcenter.markdown.MarkdownRenderer;
import dev.trustcenter.model.SiteModel;
import dev.trustcenter.template.TemplateEngine;
import dev.trustcenter.view.PolicyDigest;
import dev.trustcenter.view.PolicyJson;
import dev.trustcenter.view.SearchEntry;
import dev.trustcenter.view.SearchView;
import dev.trustcenter.view.SiteViews;
import dev.trustcenter.view.Urls;
import dev.trustcenter.view.ViewContext;
import java.util.List;

/**
 * Writes the site-wide files: home, feeds, sitemap, 404, renamed policies' old addresses,
 * policies.json, theme and content assets.
 */
final class SitePages {

    private static final String SITE = "site";

    private final ViewContext ctx;
    private final TemplateEngine templates;
    private final SiteOutput writer;
    private final BlobSource blobs;

    SitePages(ViewContext ctx, TemplateEngine templates, SiteOutput writer, BlobSource blobs) {
        this.ctx = ctx;
        this.templates = templates;
        this.writer = writer;
        this.blobs = blobs;
    }

    void write(List<PolicyDigest> digests) {
        Urls u = ctx.urls();
        SiteModel model = ctx.model();
        SiteViews views = new SiteViews(ctx, digests);
        String intro = new MarkdownRenderer().render(model.settings().introMarkdown(), new LinkRewriter(u, LinkRewriter.slugsByPath(ctx), "")).html();
        render(u.home(), "home.ftlh", views.home(intro));
        render(u.siteFeed(), "feed.ftlx", views.siteFeed(false));
        render(u.materialFeed(), "feed.ftlx", views.siteFeed(true));
        render(u.sitemap(), "sitemap.ftlx", views.sitemap());
        render(u.notFound(), "404.ftlh", views.notFound());
        MovedPages.write(ctx, templates, writer, digests);
        List<PolicyJson> index = digests.stream().map(PolicyDigest::json).toList();
        byte[] policiesJson = PoliciesJsonWriter.write(ctx.site(), index);
        writer.write(new OutputFile(Urls.file(u.policiesJson()), policiesJson), SITE);
        writer.write(new OutputFile(Urls.file(u.calendar()), CalendarWriter.write(model.settings().title(),
                u, ctx.generatedAt(), index)), SITE);
        writer.write(new OutputFile(Urls.file(u.archive()),
                ArchiveWriter.write(model, u, ctx.generatedAt(), policiesJson, blobs)), SITE);
        templates.staticFiles().forEach((name, bytes) ->
                writer.write(new OutputFile(u.assets().substring(1) + name, bytes), "templates/static/" + name));
        for (SiteModel.Asset asset : model.assets()) {
            writer.write(new OutputFile(asset.contentPath(), blobs.read(asset.blobId())), ctx.model().contentRoot() + "/" + asset.contentPath());
        }
    }

    /** The search page, its index, and lunr unless the repository's theme ships its own copy. */
    void writeSearch(List<SearchEntry> entries) {
        Urls u = ctx.urls();
        render(u.search(), "search.ftlh", new SearchView(ctx.site(), u.href(u.searchIndex())));
        writer.write(new OutputFile(Urls.file(u.searchIndex()), SearchIndexWriter.write(entries)), SITE);
        if (!templates.staticFiles().containsKey(LunrScript.FILE)) {
            writer.write(new OutputFile(u.assets().substring(1) + LunrScript.FILE, LunrScript.bytes()), "the lunr WebJar");
        }
    }

    private void render(String sitePath, String template, Object view) {
        writer.write(new OutputFile(Urls.file(sitePath), templates.renderBytes(template, view)), SITE);
    }
}
