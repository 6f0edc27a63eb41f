package dev.trustcenter.view;

import dev.trustcenter.model.Policy;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Splits a policy's current text into sections at its headings, for the search index: a search
 * result can then link straight to the section that matched.
 */
public final class SearchSections {

    private SearchSections() {
    }

    /** The sections of the text in force (the current page's); none for a retired policy, which no longer applies. */
    public static List<SearchEntry> of(ViewContext ctx, RenderedPolicy rp) {
        Policy p = rp.policy();
        if (p.retired()) {
            return List.of();
        }
        String title = p.inForce().source().frontMatter().title();
        return split(title, ctx.policyUrl(p), rp.body(p.inForce()).html());
    }

    static List<SearchEntry> split(String policyTitle, String pageUrl, String bodyHtml) {
        Collector collector = new Collector(policyTitle, pageUrl);
        NodeTraversor.traverse(collector, Jsoup.parseBodyFragment(bodyHtml).body());
        collector.finish();
        return collector.entries;
    }

    private static boolean isHeading(Node node) {
        // by name, as BlockExtractor does: String.matches compiled its pattern for each node of the text
        return node instanceof Element e && switch (e.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> true;
            default -> false;
        };
    }

    private static final class Collector implements NodeVisitor {
        private final String policyTitle;
        private final String pageUrl;
        private final List<SearchEntry> entries = new ArrayList<>();
        private String heading;
        private String url;
        private StringBuilder text = new StringBuilder();
        private Element inHeading;

        Collector(String policyTitle, String pageUrl) {
            this.policyTitle = policyTitle;
            this.pageUrl = pageUrl;
            this.url = pageUrl;
        }

        @Override
        public void head(Node node, int depth) {
            if (inHeading != null) {
                return;
            }
            if (isHeading(node)) {
                finish();
                Element h = (Element) node;
                inHeading = h;
                heading = h.text();
                url = h.id().isEmpty() ? pageUrl : pageUrl + "#" + h.id();
                text = new StringBuilder();
            } else if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (node instanceof Element e && e.isBlock()) {
                text.append(' ');
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == inHeading) {
                inHeading = null;
            } else if (inHeading == null && node instanceof Element e && e.isBlock()) {
                text.append(' ');
            }
        }

        void finish() {
            String words = text.toString().replaceAll("\\s+", " ").strip();
            if (heading != null || !words.isEmpty()) {
                entries.add(new SearchEntry(policyTitle, heading, url, words));
            }
        }
    }
}
