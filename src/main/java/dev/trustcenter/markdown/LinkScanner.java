package dev.trustcenter.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Finds every link and image target in a parsed Markdown document with its source position:
 * inline links and images, reference definitions, and {@code a[href]}/{@code img[src]} in raw
 * HTML (positioned at the start of the HTML). Autolinks are always absolute and are skipped.
 */
final class LinkScanner {

    private final String markdown;
    private final int[] lineStarts;

    private LinkScanner(String markdown) {
        this.markdown = markdown;
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < markdown.length(); i++) {
            if (markdown.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static List<SourceLink> scan(String markdown, Document document) {
        LinkScanner scanner = new LinkScanner(markdown);
        List<SourceLink> links = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Link link) {
                links.add(scanner.at(link.getUrl().unescape(), false, node.getStartOffset()));
            } else if (node instanceof Image image) {
                links.add(scanner.at(image.getUrl().unescape(), true, node.getStartOffset()));
            } else if (node instanceof Reference reference) {
                links.add(scanner.at(reference.getUrl().unescape(), false, node.getStartOffset()));
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                scanner.html(node, links);
            }
        }
        return links;
    }

    private void html(Node node, List<SourceLink> links) {
        String html = node.getChars().toString();
        if (!html.contains("href") && !html.contains("src")) {
            return;
        }
        for (Element e : Jsoup.parseBodyFragment(html).body().select("a[href], img[src]")) {
            boolean image = e.nameIs("img");
            links.add(at(e.attr(image ? "src" : "href"), image, node.getStartOffset()));
        }
    }

    private SourceLink at(String href, boolean image, int offset) {
        int line = lineOf(Math.min(offset, markdown.length()));
        return new SourceLink(href, image, line + 1, offset - lineStarts[line] + 1);
    }

    private int lineOf(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
