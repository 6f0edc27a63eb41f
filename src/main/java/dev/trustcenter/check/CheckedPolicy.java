package dev.trustcenter.check;

import dev.trustcenter.content.PolicySource;
import dev.trustcenter.content.PolicyStatus;
import dev.trustcenter.content.Slugs;
import dev.trustcenter.markdown.RenderedBody;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One policy file as checked: its text, parsed source and rendered body.
 *
 * @param contentPath path relative to the content folder
 * @param text        the whole file, for positions of front-matter keys
 * @param source      parsed with faults reported, not thrown; its path is repository-relative
 * @param body        rendered with links left as written
 */
record CheckedPolicy(String contentPath, String text, PolicySource source, RenderedBody body) {

    String path() {
        return source.path();
    }

    String slug() {
        return Slugs.fromPath(contentPath);
    }

    boolean published() {
        return source.frontMatter().status() != PolicyStatus.DRAFT;
    }

    Set<String> headingIds() {
        return body.headings().stream().map(h -> h.id()).collect(Collectors.toSet());
    }

    /**
     * Whether a link's {@code #fragment} lands in this policy: on a heading, or on an anchor of its
     * text. The body is parsed for its anchors only when its HTML has such an id at all.
     */
    boolean hasTarget(String fragment) {
        return headingIds().contains(fragment)
                || body.html().contains(" id=\"" + fragment + "\"") && body.anchorIds().contains(fragment);
    }

    /** The file line of a line in the Markdown body. */
    int fileLine(int bodyLine) {
        return source.bodyLine() + bodyLine - 1;
    }
}
