package dev.trustcenter.site;

import dev.trustcenter.model.Policy;
import dev.trustcenter.model.Review;
import dev.trustcenter.model.Revision;
import dev.trustcenter.pdf.PdfInfo;
import dev.trustcenter.pdf.PdfRenderer;
import dev.trustcenter.template.TemplateEngine;
import dev.trustcenter.view.PolicyPageView;
import dev.trustcenter.view.PolicyViews;
import dev.trustcenter.view.Urls;
import dev.trustcenter.view.ViewContext;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The PDFs of a policy's versions: the one in force (and an announced upcoming one), and with
 * {@link PdfMode#ALL} every review.
 * Each is the {@code print.ftlh} page of its version, stamped with the version in every page's margins.
 */
final class PolicyPdfs {

    private final ViewContext ctx;
    private final TemplateEngine templates;
    private final PdfMode mode;
    private final PdfRenderer renderer = new PdfRenderer();

    PolicyPdfs(ViewContext ctx, TemplateEngine templates, PdfMode mode) {
        this.ctx = ctx;
        this.templates = templates;
        this.mode = mode;
    }

    /** The versions of {@code p} that get a PDF, oldest first. */
    Set<Revision> versions(Policy p) {
        Set<Revision> versions = new LinkedHashSet<>();
        if (mode == PdfMode.ALL) {
            p.reviews().forEach(r -> versions.add(r.revision()));
        }
        if (mode != PdfMode.NONE) {
            // What the current page shows, and the announced version its notice links to.
            versions.add(p.inForce());
            if (p.upcoming() != null) {
                versions.add(p.upcoming());
            }
        }
        return versions;
    }

    OutputFile render(Policy p, Revision r, PolicyViews views) {
        PolicyPageView page = r.review() ? views.review(reviewOf(p, r)) : views.revision(r);
        String html = templates.render("print.ftlh", page);
        var v = page.version();
        String versionText = v.label() != null && r.review() ? "Review " + v.label() : "Revision " + v.commitShort();
        String base = ctx.urls().absolute("/");
        PdfInfo info = new PdfInfo(page.title(), versionText + ", commit " + v.commitShort(), ctx.generatedAt(),
                base.startsWith("http") ? ctx.urls().absolute(ctx.permanentPath(p, r)) : null);
        return new OutputFile(Urls.file(ctx.pdfPath(p, r)), renderer.render(html, info));
    }

    private static Review reviewOf(Policy p, Revision r) {
        return p.reviews().stream().filter(review -> review.revision() == r).findFirst()
                .orElseThrow(() -> new IllegalStateException("revision " + r.id() + " is a review without one"));
    }
}
