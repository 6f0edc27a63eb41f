package dev.trustcenter.site;

import dev.trustcenter.content.Slugs;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.Revision;
import dev.trustcenter.template.TemplateEngine;
import dev.trustcenter.view.MovedView;
import dev.trustcenter.view.PolicyDigest;
import dev.trustcenter.view.PolicyJson;
import dev.trustcenter.view.SiteViews;
import dev.trustcenter.view.Urls;
import dev.trustcenter.view.ViewContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps a renamed policy's old addresses working: links already sent to customers must not break.
 * Under each slug the policy had before (from its revisions' paths), every page it has now —
 * current, history, each review, revision and diff — gets a page that sends the reader to the
 * same page under the current slug, and its two feeds are written there as well. A former slug
 * that is some policy's slug now, or that two policies had, or that is the address of other pages
 * (see {@link Slugs#takenAddress}), gets none: its pages belong to those, or no single policy.
 */
final class MovedPages {

    private MovedPages() {
    }

    static void write(ViewContext ctx, TemplateEngine templates, SiteOutput out, List<PolicyDigest> digests) {
        absorbedRevisions(ctx, templates, out);
        Map<String, Policy> formerOwner = formerSlugs(ctx);
        if (formerOwner.isEmpty()) {
            return;
        }
        Urls u = ctx.urls();
        Map<String, PolicyDigest> digestBySlug = new HashMap<>();
        digests.forEach(d -> digestBySlug.put(d.json().slug(), d));
        SiteViews feeds = new SiteViews(ctx, digests);
        formerOwner.forEach((former, p) -> {
            String from = u.policy(p.slug());
            PolicyDigest digest = digestBySlug.get(p.slug());
            for (String sitePath : sitePaths(u, p, digest.json())) {
                String old = u.policy(former) + sitePath.substring(from.length());
                MovedView view = new MovedView(ctx.site(), p.title(), u.href(sitePath), u.absolute(sitePath), false);
                out.write(new OutputFile(Urls.file(old), templates.renderBytes("moved.ftlh", view)), p.latest().path());
            }
            // feed readers do not follow a page's refresh: the old feed addresses carry the feeds themselves
            out.write(new OutputFile(Urls.file(u.policyFeed(former)),
                    templates.renderBytes("feed.ftlx", feeds.policyFeed(digest, false))), p.latest().path());
            out.write(new OutputFile(Urls.file(u.policyMaterialFeed(former)),
                    templates.renderBytes("feed.ftlx", feeds.policyFeed(digest, true))), p.latest().path());
        });
    }

    /**
     * A revision taken off the first-parent line by a later merge ({@code git pull} merging main
     * into a writer's local commits, then pushed) becomes part of the merge's revision: its page
     * sends the reader there.
     */
    private static void absorbedRevisions(ViewContext ctx, TemplateEngine templates, SiteOutput out) {
        Urls u = ctx.urls();
        for (Policy p : ctx.model().policies()) {
            Set<String> ids = new HashSet<>();
            p.revisions().forEach(r -> ids.add(r.id()));
            for (Revision r : p.revisions()) {
                for (String absorbed : r.absorbed()) {
                    if (ids.add(absorbed)) {
                        String to = u.revision(p.slug(), r.id());
                        MovedView view = new MovedView(ctx.site(), p.title(), u.href(to), u.absolute(to), true);
                        out.write(new OutputFile(Urls.file(u.revision(p.slug(), absorbed)),
                                templates.renderBytes("moved.ftlh", view)), p.latest().path());
                    }
                }
            }
        }
    }

    /** Former slug → the one policy that had it, for slugs no policy has now; sorted, for stable output. */
    private static Map<String, Policy> formerSlugs(ViewContext ctx) {
        Set<String> current = new HashSet<>();
        ctx.model().policies().forEach(p -> current.add(p.slug()));
        Map<String, Policy> owner = new TreeMap<>();
        Set<String> shared = new HashSet<>();
        for (Policy p : ctx.model().policies()) {
            Set<String> formers = new LinkedHashSet<>();
            for (Revision r : p.revisions()) {
                formers.add(Slugs.fromPath(r.contentPath()));
            }
            formers.removeAll(current);
            // a former slug that is now the address of other pages (search, another policy's history) gives way
            formers.removeIf(former -> Slugs.takenAddress(former, current) != null);
            for (String former : formers) {
                if (owner.putIfAbsent(former, p) != null) {
                    shared.add(former);
                }
            }
        }
        owner.keySet().removeAll(shared);
        return owner;
    }

    /** The site paths of a policy's pages, each diff in both views. */
    private static List<String> sitePaths(Urls u, Policy p, PolicyJson json) {
        List<String> paths = new ArrayList<>();
        paths.add(u.policy(p.slug()));
        paths.add(u.history(p.slug()));
        p.reviews().forEach(r -> paths.add(u.review(p.slug(), r.label().slug())));
        p.revisions().forEach(r -> paths.add(u.revision(p.slug(), r.id())));
        for (PolicyJson.DiffJson d : json.diffs()) {
            // policies.json holds site paths: no base URL's sub-path in them
            paths.add(d.url());
            paths.add(d.url() + "side-by-side/");
        }
        return paths;
    }
}
