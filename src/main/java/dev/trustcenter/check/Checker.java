package dev.trustcenter.check;

import dev.trustcenter.content.PolicyParser;
import dev.trustcenter.content.PolicySource;
import dev.trustcenter.content.PolicyStatus;
import dev.trustcenter.content.ReviewCycle;
import dev.trustcenter.content.SiteSettings;
import dev.trustcenter.content.Slugs;
import dev.trustcenter.diag.Diagnostic;
import dev.trustcenter.diag.Diagnostics;
import dev.trustcenter.diag.SourceException;
import dev.trustcenter.diag.SourcePosition;
import dev.trustcenter.diag.UserException;
import dev.trustcenter.history.BlobSource;
import dev.trustcenter.history.HistoryReader;
import dev.trustcenter.history.HistoryRequest;
import dev.trustcenter.history.RepositoryHistory;
import dev.trustcenter.history.SnapshotFile;
import dev.trustcenter.history.WorkingTree;
import dev.trustcenter.markdown.LinkResolver;
import dev.trustcenter.markdown.MarkdownRenderer;
import dev.trustcenter.markdown.Placeholders;
import dev.trustcenter.markdown.RenderedBody;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.Revision;
import dev.trustcenter.model.SiteModel;
import dev.trustcenter.model.SiteModelBuilder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Runs every check on the working tree (or the tree at a ref): front matter, duplicate slugs,
 * empty policies, links and images, review dates, and unreviewed text changes. Findings are
 * collected, never thrown, so one run reports every problem; only a problem with the repository
 * itself (an unknown ref, a missing content folder) is thrown as a {@link UserException}.
 */
public final class Checker {

    private final CheckOptions options;
    private final Diagnostics diagnostics;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private Checker(CheckOptions options, Diagnostics diagnostics) {
        this.options = options;
        this.diagnostics = diagnostics;
    }

    /** @param diagnostics receives every finding, also those later stages of the pipeline report */
    public static CheckReport run(CheckOptions options, Diagnostics diagnostics) {
        return new Checker(options, diagnostics).run();
    }

    private CheckReport run() {
        HistoryRequest request = new HistoryRequest(options.repoDir(), options.ref(), options.contentPath(),
                SiteModelBuilder::isPolicyPath);
        String root = request.contentPath();
        if (options.ref() != null) {
            try (RepositoryHistory history = HistoryReader.read(request)) {
                return check(root, history.filesAtBuiltCommit(), history.blobs(), published(history));
            }
        }
        try (WorkingTree tree = HistoryReader.workingTree(request)) {
            return check(root, tree.files(), tree.blobs(), publishedAtHead(request, root));
        }
    }

    private CheckReport check(String root, List<SnapshotFile> files, BlobSource blobs, Map<String, Policy> history) {
        SiteSettings settings = settings(root, files, blobs);
        Map<String, CheckedPolicy> policies = new TreeMap<>();
        for (SnapshotFile f : files) {
            if (SiteModelBuilder.isPolicyPath(f.contentPath())) {
                String path = repoPath(root, f.contentPath());
                String text = text(path, blobs.read(f.blobId()));
                var source = PolicyParser.parseReporting(path, text, diagnostics);
                policies.put(f.contentPath(), new CheckedPolicy(f.contentPath(), text, source, render(source)));
            }
        }
        Set<String> paths = files.stream().map(SnapshotFile::contentPath).collect(Collectors.toSet());
        LinkCheck links = new LinkCheck(policies, paths, formerPaths(history), diagnostics);
        ReviewCheck reviews = new ReviewCheck(options.today(), settings.defaultCycle(), markdown,
                HistoryReader.unmergedCommits(options.repoDir(), options.ref()), diagnostics);
        List<CheckedPolicy> published = policies.values().stream().filter(CheckedPolicy::published).toList();
        duplicateSlugs(published);
        Set<String> slugs = new HashSet<>(history.keySet());
        published.forEach(p -> slugs.add(p.slug()));
        takenAddresses(published, slugs);
        takenFiles(root, files, slugs);
        otherMarkdown(root, files);
        home(root, files, blobs).ifPresent(home -> links.check(home, markdown.links(home.source().markdown())));
        for (CheckedPolicy p : published) {
            if (p.body().text().equals(TOO_DEEP)) {
                continue;
            }
            try {
                if (p.body().text().isBlank()) {
                    diagnostics.error(new SourcePosition(p.path(), p.source().bodyLine()),
                            "the policy has no text: write it, or mark it 'status: draft' until it is ready");
                }
                links.check(p, markdown.links(p.source().markdown()));
                reviews.check(p, history.get(p.slug()));
            } catch (StackOverflowError e) {
                tooDeep(p.source());
            }
        }
        return new CheckReport(diagnostics.sorted(), policies.size(), diagnostics.dropped());
    }

    /**
     * Content paths published policies had before a rename, to the path they have now: {@code build}
     * links such paths to the renamed policy's page.
     */
    private static Map<String, String> formerPaths(Map<String, Policy> history) {
        Map<String, String> former = new java.util.HashMap<>();
        for (Policy p : history.values()) {
            String now = p.latest().contentPath();
            p.revisions().stream().map(Revision::contentPath).filter(path -> !path.equals(now))
                    .forEach(path -> former.putIfAbsent(path, now));
        }
        return former;
    }

    /** The home page introduction (the body of {@code _index.md}): its links are published too. */
    private java.util.Optional<CheckedPolicy> home(String root, List<SnapshotFile> files, BlobSource blobs) {
        return files.stream().filter(f -> f.contentPath().equals(SiteSettings.FILE_NAME)).findFirst().map(f -> {
            String path = repoPath(root, f.contentPath());
            String text = text(path, blobs.read(f.blobId()));
            var source = PolicyParser.parseLenient(path, text, d -> { }); // its faults are reported by settings()
            // build renders the introduction without placeholders, so braces there are just text
            return new CheckedPolicy(f.contentPath(), text, source, markdown.render(source.markdown(), LinkResolver.NONE));
        });
    }

    /**
     * The one place policies being checked are rendered, as {@code build} renders them: whatever the
     * renderer reports (an unknown {@code {{ placeholder }}}, at its line and column) goes into the
     * same report, as an error like {@code build}'s, or a warning in a draft, which is not published.
     */
    private RenderedBody render(PolicySource source) {
        Diagnostic.Severity severity = source.frontMatter().status() == PolicyStatus.DRAFT
                ? Diagnostic.Severity.WARNING : Diagnostic.Severity.ERROR;
        Placeholders placeholders = Placeholders.checking((placeholder, name, line, column) -> diagnostics.accept(
                new Diagnostic(severity, new SourcePosition(source.path(), source.bodyLine() + line - 1, column),
                        Placeholders.unknownMessage(placeholder))));
        try {
            return markdown.render(source.markdown(), LinkResolver.NONE, placeholders);
        } catch (StackOverflowError e) {
            tooDeep(source);
            return markdown.render(TOO_DEEP, LinkResolver.NONE);
        }
    }

    /** Stands in for a text too deep to read, so no other finding repeats that it could not be read. */
    private static final String TOO_DEEP = "(nested too deeply to be read)";

    /** Flexmark recurses once per level of nesting: the one thing check can do is say which file it is. */
    private void tooDeep(PolicySource source) {
        diagnostics.error(new SourcePosition(source.path(), source.bodyLine()),
                "the text nests lists or block quotes too deeply to be read (hundreds of levels)");
    }

    private SiteSettings settings(String root, List<SnapshotFile> files, BlobSource blobs) {
        for (SnapshotFile f : files) {
            if (f.contentPath().equals(SiteSettings.FILE_NAME)) {
                String path = repoPath(root, f.contentPath());
                try {
                    return SiteSettings.parse(path, text(path, blobs.read(f.blobId())), diagnostics);
                } catch (SourceException e) {
                    diagnostics.accept(e.toDiagnostic());
                }
            }
        }
        return new SiteSettings("", "", "", "", ReviewCycle.QUARTERLY, "", Map.of());
    }

    /**
     * Slugs that are the address of the site's or another policy's pages: build stops on them.
     *
     * @param slugs the checked policies' slugs and those of the published history
     */
    private void takenAddresses(List<CheckedPolicy> published, Set<String> slugs) {
        for (CheckedPolicy p : published) {
            String taken = Slugs.takenAddress(p.slug(), slugs);
            if (taken != null) {
                diagnostics.error(new SourcePosition(p.path(), 1), SiteModelBuilder.takenMessage(p.slug(), taken)
                        + ": rename or move the file");
            }
        }
    }

    /** Markdown files that are not policies by their name: build leaves them out, and says so. */
    private void otherMarkdown(String root, List<SnapshotFile> files) {
        for (SnapshotFile f : files) {
            if (SiteModelBuilder.isOtherMarkdown(f.contentPath())) {
                diagnostics.accept(Diagnostic.warning(new SourcePosition(repoPath(root, f.contentPath()), 0),
                        SiteModelBuilder.otherMarkdownMessage(f.contentPath())));
            }
        }
    }

    /** Files copied as they are that would overwrite a file the site writes: build stops on them too. */
    private void takenFiles(String root, List<SnapshotFile> files, Set<String> slugs) {
        for (SnapshotFile f : files) {
            String taken = SiteModelBuilder.isAssetPath(f.contentPath()) ? Slugs.takenFile(f.contentPath(), slugs) : null;
            if (taken != null) {
                diagnostics.error(new SourcePosition(repoPath(root, f.contentPath()), 0),
                        "this file would overwrite " + taken + ": rename or move it");
            }
        }
    }

    private void duplicateSlugs(List<CheckedPolicy> published) {
        Map<String, List<CheckedPolicy>> bySlug = new LinkedHashMap<>();
        published.forEach(p -> bySlug.computeIfAbsent(p.slug(), s -> new ArrayList<>()).add(p));
        bySlug.forEach((slug, same) -> {
            for (CheckedPolicy p : same) {
                if (same.size() > 1) {
                    String others = same.stream().filter(o -> o != p).map(CheckedPolicy::path).collect(Collectors.joining(", "));
                    diagnostics.error(new SourcePosition(p.path(), 1), "policy slug '" + slug + "' is also used by "
                            + others + ": rename one of the files");
                }
            }
        });
    }

    /**
     * The published history of HEAD, by slug, for review dates of the files being edited. Without
     * it (no commits yet, a shallow clone, a folder outside git) the front matter alone decides.
     */
    private Map<String, Policy> publishedAtHead(HistoryRequest request, String root) {
        try (RepositoryHistory history = HistoryReader.read(new HistoryRequest(request.repoDir(), null, root,
                request.tracked()))) {
            return history.mode() == RepositoryHistory.Mode.GIT ? published(history) : Map.of();
        } catch (UserException e) {
            diagnostics.warn(new SourcePosition(root.isEmpty() ? "." : root, 0), "the history cannot be read ("
                    + e.getMessage() + "): review dates come from the front matter alone");
            return Map.of();
        }
    }

    /**
     * Faults in the history itself were reported by {@code build} when it was published and cannot be
     * fixed now; the files being checked report their own.
     */
    private Map<String, Policy> published(RepositoryHistory history) {
        SiteModel model;
        try {
            model = SiteModelBuilder.buildLenient(history, options.today(), new Diagnostics());
        } catch (SourceException e) {
            return Map.of(); // two live policies with one slug: reported on the files themselves
        }
        return model.policies().stream().collect(Collectors.toMap(Policy::slug, p -> p));
    }

    private String text(String path, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            diagnostics.error(new SourcePosition(path, 1), "the file is not UTF-8 text: save it as UTF-8");
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static String repoPath(String root, String contentPath) {
        return root.isEmpty() ? contentPath : root + "/" + contentPath;
    }

}
