package dev.trustcenter.check;

import dev.trustcenter.content.ContentLinks;
import dev.trustcenter.diag.Diagnostic;
import dev.trustcenter.diag.SourcePosition;
import dev.trustcenter.markdown.SourceLink;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Links between policies, into their headings, and to images and other files: each relative target
 * must be something {@code build} publishes. Resolution is {@link ContentLinks}', the same
 * {@code build} rewrites links with.
 */
final class LinkCheck {

    private static final int LISTED_HEADINGS = 12;

    private final Map<String, CheckedPolicy> policies;
    private final Set<String> files;
    private final Map<String, String> formerPaths;
    private final Consumer<Diagnostic> out;

    /**
     * @param policies every policy file by content path, drafts included
     * @param files       every file under the content folder by content path
     * @param formerPaths content paths of published policies before they were renamed, to their path now
     */
    LinkCheck(Map<String, CheckedPolicy> policies, Set<String> files, Map<String, String> formerPaths,
              Consumer<Diagnostic> out) {
        this.policies = policies;
        this.files = files;
        this.formerPaths = formerPaths;
        this.out = out;
    }

    /** {@code /privacy.md}, {@code /policies/a.md#x}: a Markdown file by an address from the root. */
    private static final Pattern SITE_ABSOLUTE_MARKDOWN = Pattern.compile("/(?!/)[^?#]*\\.md([?#].*)?");

    void check(CheckedPolicy from, List<SourceLink> links) {
        for (SourceLink link : links) {
            SourcePosition at = new SourcePosition(from.path(), from.fileLine(link.line()), link.column());
            switch (ContentLinks.kind(from.contentPath(), link.href())) {
                case EXTERNAL -> {
                    if (SITE_ABSOLUTE_MARKDOWN.matcher(link.href()).matches()) {
                        // left as written, it points at no page of the site
                        out.accept(Diagnostic.warning(at, what(link) + " '" + link.href() + "' starts with '/': the site"
                                + " leaves it as written, and no page is at that address; link to the file relatively"
                                + " (from this policy), and the site links to its page"));
                    }
                }
                case OUTSIDE -> out.accept(Diagnostic.warning(at, what(link) + " '" + link.href()
                        + "' points outside the content folder: it will not work on the site"));
                case CONTENT -> target(from, link, ContentLinks.resolve(from.contentPath(), link.href()), at);
            }
        }
    }

    private void target(CheckedPolicy from, SourceLink link, ContentLinks.Target target, SourcePosition at) {
        if (target.samePage()) {
            fragment(from, link, target.fragment(), at);
            return;
        }
        if (target.isMarkdown()) {
            CheckedPolicy to = policies.get(target.contentPath());
            String renamedTo = formerPaths.get(target.contentPath());
            if (to == null && renamedTo != null && policies.containsKey(renamedTo)) {
                out.accept(Diagnostic.warning(at, what(link) + " '" + link.href() + "': the policy was renamed to "
                        + renamedTo + "; the site still links to it, but update the link"));
                fragment(policies.get(renamedTo), link, target.fragment(), at);
            } else if (to == null) {
                out.accept(Diagnostic.error(at, what(link) + " '" + link.href() + "': " + missingPolicy(target.contentPath())));
            } else if (!to.published()) {
                out.accept(Diagnostic.error(at, what(link) + " '" + link.href() + "': " + to.path()
                        + " is a draft, and drafts are not published"));
            } else {
                fragment(to, link, target.fragment(), at);
            }
            return;
        }
        if (!files.contains(target.contentPath())) {
            out.accept(Diagnostic.error(at, what(link) + " '" + link.href() + "': " + repoPath(from, target.contentPath())
                    + " does not exist"));
        } else if (isHidden(target.contentPath())) {
            out.accept(Diagnostic.error(at, what(link) + " '" + link.href() + "': files whose names start with '_' or '.'"
                    + " are not published"));
        }
    }

    private void fragment(CheckedPolicy to, SourceLink link, String fragment, SourcePosition at) {
        if (fragment.isEmpty() || to.hasTarget(fragment)) {
            return;
        }
        List<String> ids = to.body().headings().stream().map(h -> h.id()).toList();
        String known = ids.isEmpty() ? "it has no headings"
                : "its headings are " + String.join(", ", ids.subList(0, Math.min(LISTED_HEADINGS, ids.size())))
                        + (ids.size() > LISTED_HEADINGS ? ", …" : "");
        out.accept(Diagnostic.error(at, what(link) + " '" + link.href() + "': " + to.path() + " has no heading with id '"
                + fragment + "' (" + known + ")"));
    }

    private String missingPolicy(String contentPath) {
        String name = contentPath.substring(contentPath.lastIndexOf('/') + 1);
        if (name.startsWith("_") || contentPath.contains("/_") || name.startsWith(".")) {
            return "files whose names start with '_' are not policies and are not published";
        }
        return "no policy " + contentPath + " in the content folder";
    }

    private static String repoPath(CheckedPolicy from, String contentPath) {
        String root = from.path().substring(0, from.path().length() - from.contentPath().length());
        return root + contentPath;
    }

    private static boolean isHidden(String contentPath) {
        for (String part : contentPath.split("/")) {
            if (part.startsWith("_") || part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String what(SourceLink link) {
        return link.image() ? "image" : "link";
    }
}
