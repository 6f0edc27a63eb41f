package dev.trustcenter.view;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Gives each heading of a policy body a small link to the same section of the permanent version
 * ({@code <review URL>#<id>}), never to the moving current page, so a copied section link keeps
 * pointing at the words the reader saw. The link is empty (the theme draws its mark) so headings
 * keep their text for the table of contents, tests and screen readers' heading lists.
 */
final class HeadingLinks {

    private HeadingLinks() {
    }

    static String add(String bodyHtml, List<HeadingView> headings, String permanentUrl) {
        if (headings.isEmpty()) {
            return bodyHtml;
        }
        Document doc = Parser.parseBodyFragment(bodyHtml, "");
        doc.outputSettings().prettyPrint(false);
        for (Element h : doc.body().select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]")) {
            h.appendElement("a").addClass("permanent-link")
                    .attr("href", permanentUrl + "#" + h.id())
                    .attr("title", "Link to this section of this version")
                    .attr("aria-label", "Link to the section " + h.text() + " of this version");
        }
        return doc.body().html();
    }
}
