package dev.trustcenter.diff;

import dev.trustcenter.markdown.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Where a link or an image of a block points, with the words that show it (an image's alt text).
 * A diff compares words, so a link that now points elsewhere reads the same: these make it seen.
 *
 * @param text   the link's text or the image's alt text, entities decoded
 * @param target its {@code href} or {@code src}, entities decoded
 */
public record LinkTarget(String text, String target) {

    // the sanitizer's output: attributes double-quoted, tags well formed; links do not nest
    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*?href=\"([^\"]*)\"[^>]*>(.*?)</a>", Pattern.DOTALL);
    private static final Pattern IMAGE = Pattern.compile("<img\\s[^>]*?src=\"([^\"]*)\"[^>]*>");
    private static final Pattern ALT = Pattern.compile("\\salt=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** The links and images of a block's HTML, in reading order. */
    static List<LinkTarget> of(Block block) {
        String html = block.html();
        if (html.indexOf("<a ") < 0 && html.indexOf("<img ") < 0) {
            return List.of();
        }
        // by where each starts, so an image inside a link (a badge) follows its link
        TreeMap<Integer, LinkTarget> found = new TreeMap<>();
        for (Matcher m = LINK.matcher(html); m.find(); ) {
            found.put(m.start(), new LinkTarget(decode(TAG.matcher(m.group(2)).replaceAll("")), decode(m.group(1))));
        }
        for (Matcher m = IMAGE.matcher(html); m.find(); ) {
            Matcher alt = ALT.matcher(m.group());
            found.put(m.start(), new LinkTarget(alt.find() ? decode(alt.group(1)) : "", decode(m.group(1))));
        }
        return List.copyOf(found.values());
    }

    /** The links and images of one version's blocks ({@code side}: {@code DiffBlock::older} or {@code ::newer}), in reading order. */
    static List<LinkTarget> of(List<DiffBlock> blocks, Function<DiffBlock, Block> side, DiffMemo memo) {
        List<LinkTarget> links = new ArrayList<>();
        for (DiffBlock b : blocks) {
            Block block = side.apply(b);
            if (block != null) {
                links.addAll(memo.links(block));
            }
        }
        return links;
    }

    private static String decode(String html) {
        return Parser.unescapeEntities(html, true).strip().replaceAll("\\s+", " ");
    }
}
