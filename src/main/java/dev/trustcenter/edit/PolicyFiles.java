package dev.trustcenter.edit;

import dev.trustcenter.content.Slugs;
import dev.trustcenter.history.HistoryReader;
import dev.trustcenter.history.HistoryRequest;
import dev.trustcenter.history.SnapshotFile;
import dev.trustcenter.history.WorkingTree;
import dev.trustcenter.model.SiteModelBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The policy files in the working tree's content folder, found by what a writer types: a path
 * (from the current folder, the repository root or the content folder) or a slug.
 */
final class PolicyFiles {

    private static final int LISTED = 12;

    private final Path root;
    private final String content;
    private final Map<String, String> bySlug;

    private PolicyFiles(Path root, String content, Map<String, String> bySlug) {
        this.root = root;
        this.content = content;
        this.bySlug = bySlug;
    }

    static PolicyFiles list(Path root, String content) {
        HistoryRequest request = HistoryRequest.of(root, content);
        try (WorkingTree tree = HistoryReader.workingTree(request)) {
            Map<String, String> bySlug = new TreeMap<>();
            for (SnapshotFile f : tree.files()) {
                if (SiteModelBuilder.isPolicyPath(f.contentPath())) {
                    bySlug.put(Slugs.fromPath(f.contentPath()), f.contentPath());
                }
            }
            return new PolicyFiles(request.repoDir(), request.contentPath(), bySlug);
        }
    }

    /** The content-relative path of the policy {@code name} means, or null. */
    String resolve(String name) {
        String n = name.replace('\\', '/');
        if (n.endsWith(".md")) {
            Path asGiven = Path.of(name).toAbsolutePath().normalize();
            Path contentDir = file("");
            if (asGiven.startsWith(contentDir) && known(contentDir.relativize(asGiven).toString().replace('\\', '/'))) {
                return contentDir.relativize(asGiven).toString().replace('\\', '/');
            }
            String prefix = content.isEmpty() ? "" : content + "/";
            if (!prefix.isEmpty() && n.startsWith(prefix) && known(n.substring(prefix.length()))) {
                return n.substring(prefix.length());
            }
            return known(n) ? n : null;
        }
        String slug = n.replaceAll("^/+|/+$", "").toLowerCase(Locale.ROOT);
        return bySlug.get(slug);
    }

    private boolean known(String contentPath) {
        return bySlug.containsValue(contentPath);
    }

    String slug(String contentPath) {
        return Slugs.fromPath(contentPath);
    }

    Path file(String contentPath) {
        return root.resolve(content).resolve(contentPath).normalize();
    }

    /** As errors print it: relative to the repository root. */
    String repoPath(String contentPath) {
        return content.isEmpty() ? contentPath : content + "/" + contentPath;
    }

    String unknownMessage(List<String> unknown) {
        String names = unknown.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
        String known = bySlug.isEmpty() ? "there are no policies in " + repoPath("")
                : "policies: " + bySlug.keySet().stream().limit(LISTED).collect(Collectors.joining(", "))
                        + (bySlug.size() > LISTED ? ", …" : "");
        return "unknown " + (unknown.size() == 1 ? "policy " : "policies ") + names
                + " (give a path like " + repoPath("security-policy.md") + " or a slug like security-policy; " + known + ")";
    }
}
