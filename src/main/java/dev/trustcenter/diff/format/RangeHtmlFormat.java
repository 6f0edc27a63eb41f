package dev.trustcenter.diff.format;

import dev.trustcenter.diff.DiffHtml;
import dev.trustcenter.diff.LinkChange;
import dev.trustcenter.diff.MetadataChange;
import dev.trustcenter.diff.PolicyChangeDiff;
import dev.trustcenter.diff.RangeDiff;
import dev.trustcenter.model.PolicyChange;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A range as one self-contained HTML page (styles inline, no scripts, nothing loaded from
 * elsewhere): the same heading, flag and summary table as the Markdown, then per policy the site's
 * inline diff in {@code <article class="policy-diff">}. Every value from the policies is escaped;
 * the diff fragments are built from sanitised HTML.
 */
public final class RangeHtmlFormat {

    private static final String STYLE = """
            body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
            table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}
            .flag{background:#fff4ce;border-left:4px solid #bf8700;padding:.5rem .75rem}
            .meta{color:#57606a}section{border-top:1px solid #d0d7de;margin-top:2rem}
            ins{background:#d5f5dc;color:#0b3d1a;text-decoration:underline}del{background:#fde0e0;color:#6b1111;text-decoration:line-through}
            .diff-nav-links{float:right;display:flex;gap:0 .75rem;margin:0 0 .25rem 1rem;font-size:.8rem}
            .diff-change,.diff-insert,.diff-delete{border-left:3px solid #bf8700;padding-left:.5rem}
            .diff-list li.depth-1{margin-left:1.5rem}.diff-list li.depth-2{margin-left:3rem}.diff-list li.depth-3{margin-left:4.5rem}
            .diff-list li.depth-4,.diff-list li.depth-5,.diff-list li.depth-6{margin-left:6rem}
            .diff-block>ins,.diff-block>del{display:block}
            .diff-block>ins>hr{border:0;border-top:4px solid #0b3d1a}.diff-block>del>hr{border:0;border-top:4px dashed #6b1111}
            mark.diff-move-edit{background:none;color:inherit;font-weight:700;outline:2px dashed currentColor}
            mark.diff-move-edit::before{content:"[edited in the move] "}mark.diff-move-edit::after{content:" [end of edit]"}
            """;

    private RangeHtmlFormat() {
    }

    public static String render(RangeDiff range) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(RangeLines.heading(range))).append("</title>\n<style>\n").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<main>\n<h1>").append(esc(RangeLines.heading(range))).append("</h1>\n<p>")
                .append(esc(RangeLines.overview(range))).append(".</p>\n");
        long unbumped = range.unreviewedTextChanges();
        if (unbumped > 0) {
            out.append("<p class=\"flag\"><strong>").append(unbumped == 1 ? "1 policy" : unbumped + " policies")
                    .append(": text changed without a <code>last_reviewed</code> bump.</strong></p>\n");
        }
        if (range.settings() != null) {
            out.append("<section class=\"settings\">\n<h2>Site settings (<code>_index.md</code>)</h2>\n<ul>\n");
            RangeLines.settings(range.settings(), key -> "<code>" + esc(key) + "</code>", RangeHtmlFormat::esc)
                    .forEach(line -> out.append("<li>").append(line).append("</li>\n"));
            out.append("</ul>\n</section>\n");
        }
        if (!range.policies().isEmpty()) {
            summary(range, out);
        }
        for (int i = 0; i < range.policies().size(); i++) {
            policy(range.policies().get(i), "policy-" + (i + 1), out);
        }
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void summary(RangeDiff range, StringBuilder out) {
        out.append("<table class=\"summary\">\n<thead><tr><th>Policy</th><th>File</th><th>Change</th><th>Words</th>")
                .append("<th>Review</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < range.policies().size(); i++) {
            PolicyChangeDiff p = range.policies().get(i);
            out.append("<tr").append(p.unreviewedTextChange() ? " class=\"unbumped\"" : "").append("><td><a href=\"#policy-")
                    .append(i + 1).append("\">").append(esc(p.change().title())).append("</a></td><td><code>")
                    .append(esc(p.change().path())).append("</code></td><td>").append(esc(p.whatHappened()))
                    .append("</td><td>").append(esc(RangeLines.words(p))).append("</td><td>")
                    .append(esc(RangeLines.review(p))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void policy(PolicyChangeDiff p, String id, StringBuilder out) {
        PolicyChange c = p.change();
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(c.title())).append("</h2>\n")
                .append("<p class=\"meta\"><code>").append(esc(c.path())).append("</code> — ").append(esc(p.whatHappened()))
                .append(" — ").append(esc(ChangeLines.summary(p.diff()))).append("</p>\n");
        if (p.unreviewedTextChange()) {
            out.append("<p class=\"flag\"><strong>Text changed without a <code>last_reviewed</code> bump.</strong> ")
                    .append(esc(RangeLines.unbumpedAdvice(p))).append("</p>\n");
        }
        if (c.older() != null && c.newer() != null && !p.metadata().isEmpty()) {
            out.append("<table class=\"metadata\">\n<thead><tr><th>Field</th><th>Before</th><th>After</th></tr></thead>\n<tbody>\n");
            for (MetadataChange m : p.metadata()) {
                out.append("<tr><td><code>").append(esc(m.field())).append("</code></td><td>").append(esc(RangeLines.orNone(m.older())))
                        .append("</td><td>").append(esc(RangeLines.orNone(m.newer()))).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        List<LinkChange> links = LinkChange.of(p.diff());
        if (!links.isEmpty()) {
            out.append("<table class=\"links\">\n<thead><tr><th>Link</th><th>Points to before</th><th>Points to now</th></tr></thead>\n<tbody>\n");
            links.forEach(l -> out.append("<tr><td>").append(esc(l.shownText())).append("</td><td><code>").append(esc(l.older()))
                    .append("</code></td><td><code>").append(esc(l.newer())).append("</code></td></tr>\n"));
            out.append("</tbody>\n</table>\n");
        }
        if (c.newer() != null) {
            // Each policy's fragment numbers its changes from 1: prefix the ids so they stay unique in the page.
            String fragment = withoutRelativeLinks(DiffHtml.inline(p.diff())).replace("id=\"change-", "id=\"" + id + "-change-")
                    .replace("href=\"#change-", "href=\"#" + id + "-change-");
            boolean added = p.newToReaders();
            out.append(added ? "<details><summary>Full text</summary>\n" : "")
                    .append("<article class=\"policy-diff\">\n").append(fragment).append("\n</article>\n")
                    .append(added ? "</details>\n" : "");
        }
        out.append("</section>\n");
    }

    /**
     * Links to other policies ({@code access-control.md#mfa}) lead nowhere from a page of its own:
     * their text stays, followed by the file they point to.
     */
    private static String withoutRelativeLinks(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        List<Element> relative = body.select("a[href]").stream()
                .filter(a -> ChangeLines.isRelativeFile(a.attr("href"))).toList();
        if (relative.isEmpty()) {
            return html;
        }
        for (Element a : relative) {
            a.after(" (<code>" + esc(a.attr("href")) + "</code>)");
            a.unwrap();
        }
        body.ownerDocument().outputSettings().prettyPrint(false);
        return body.html();
    }

    private static String esc(String text) {
        return Entities.escape(text);
    }
}
