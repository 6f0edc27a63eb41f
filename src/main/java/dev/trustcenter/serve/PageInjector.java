package dev.trustcenter.serve;

import dev.trustcenter.site.DraftLink;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds what only the preview shows to a page as it is served: the reload script on every page, and
 * on the home page and on a drafted policy's current and history pages a notice linking the draft.
 * The rendered site itself never contains either, so {@code build} cannot publish them.
 */
final class PageInjector {

    static final String VERSION_PATH = "/__trustcenter/version";

    private static final Pattern MAIN_START = Pattern.compile("<main\\b[^>]*>");
    private static final Pattern BODY_START = Pattern.compile("<body\\b[^>]*>");

    private PageInjector() {
    }

    /**
     * @param requestPath the page's path as requested, e.g. {@code /security-policy/}
     * @param homePath    the home page's path ({@code /} or the base URL's path)
     */
    static String inject(String html, String requestPath, String homePath, Snapshot snapshot) {
        String notice = draftNotice(requestPath, homePath, snapshot.drafts());
        String withNotice = notice.isEmpty() ? html : insertAtStart(html, notice);
        return insertBeforeBodyEnd(withNotice, reloadScript(snapshot.version()));
    }

    /** Polls the version and reloads the page when it changes: simple, and it survives server restarts. */
    static String reloadScript(long version) {
        return "<script data-trustcenter-serve>(function () {\n"
                + "  var shown = \"" + version + "\";\n"
                + "  function poll() {\n"
                + "    fetch(\"" + VERSION_PATH + "\", {cache: \"no-store\"})\n"
                + "      .then(function (r) { return r.text(); })\n"
                + "      .then(function (v) { if (v.trim() !== shown) { location.reload(); } else { setTimeout(poll, 300); } },\n"
                + "            function () { setTimeout(poll, 1000); });\n"
                + "  }\n"
                + "  setTimeout(poll, 300);\n"
                + "})();</script>\n";
    }

    static String draftNotice(String requestPath, String homePath, List<DraftLink> drafts) {
        if (requestPath.equals(homePath) && !drafts.isEmpty()) {
            StringBuilder s = new StringBuilder("<div class=\"notice notice-draft\" role=\"note\" data-trustcenter-serve>\n")
                    .append("<p><strong>Drafts — not published.</strong> Uncommitted changes in your working tree:</p>\n")
                    .append("<ul class=\"notice-links\">\n");
            for (DraftLink d : drafts) {
                s.append("<li><a href=\"").append(Html.escape(d.url())).append("\">").append(Html.escape(d.title()))
                        .append("</a> (<code>").append(Html.escape(d.path())).append("</code>")
                        .append(d.deleted() ? ", deleted" : d.currentUrl() == null ? ", new" : "")
                        .append(") · <a href=\"").append(Html.escape(d.diffUrl())).append("\">what it changes</a></li>\n");
            }
            return s.append("</ul>\n</div>\n").toString();
        }
        for (DraftLink d : drafts) {
            if (requestPath.equals(d.currentUrl()) || requestPath.equals(d.historyUrl())) {
                return "<div class=\"notice notice-draft\" role=\"note\" data-trustcenter-serve>\n"
                        + "<p><strong>You have a draft of this policy</strong> (uncommitted changes in <code>"
                        + Html.escape(d.path()) + "</code>, not published).</p>\n<ul class=\"notice-links\">\n"
                        + "<li><a href=\"" + Html.escape(d.url()) + "\">Read the draft</a></li>\n"
                        + "<li><a href=\"" + Html.escape(d.diffUrl()) + "\">What the draft changes</a></li>\n"
                        + "</ul>\n</div>\n";
            }
        }
        return "";
    }

    private static String insertAtStart(String html, String fragment) {
        Matcher m = MAIN_START.matcher(html);
        if (!m.find()) {
            m = BODY_START.matcher(html);
            if (!m.find()) {
                return fragment + html;
            }
        }
        return html.substring(0, m.end()) + "\n" + fragment + html.substring(m.end());
    }

    private static String insertBeforeBodyEnd(String html, String fragment) {
        int end = html.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</body>");
        return end < 0 ? html + fragment : html.substring(0, end) + fragment + html.substring(end);
    }
}
