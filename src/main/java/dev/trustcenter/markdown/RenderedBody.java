package dev.trustcenter.markdown;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * The sanitised HTML of one Markdown body with its headings (document order, ids unique within the
 * body) and its {@link Block}s.
 */
public record RenderedBody(String html, List<Heading> headings, List<Block> blocks) {

    public RenderedBody {
        Objects.requireNonNull(html, "html");
        headings = List.copyOf(headings);
        blocks = List.copyOf(blocks);
    }

    /** Ids of the anchors written in the text ({@code <a name="fees">}), which links may name. Parses on each call. */
    public Set<String> anchorIds() {
        if (!html.contains("<a ") && !html.contains("<sup ") && !html.contains("<li ")) {
            return Set.of();
        }
        // anchors written in the text, and footnotes' references and notes
        return Jsoup.parseBodyFragment(html).body().select("a[id], sup[id], li[id]").stream().map(a -> a.id()).collect(Collectors.toSet());
    }

    /** Plain text of {@link #html()} as jsoup gives it (whitespace normalised). Parses on each call. */
    public String text() {
        return Jsoup.parseBodyFragment(html).body().text();
    }
}
