package dev.trustcenter.model;

import dev.trustcenter.content.SiteSettings;
import dev.trustcenter.content.Slugs;
import dev.trustcenter.diag.Diagnostic;
import dev.trustcenter.diag.Diagnostics;
import dev.trustcenter.diag.SourceException;
import dev.trustcenter.diag.SourcePosition;
import dev.trustcenter.diag.UserException;
import dev.trustcenter.history.FileLineage;
import dev.trustcenter.history.RepositoryHistory;
import dev.trustcenter.history.SnapshotFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds the {@link SiteModel} from a repository's history. Faults in the built commit throw
 * {@link SourceException}; faults in older revisions become warnings (history cannot be fixed).
 * Policies are read in parallel; the result does not depend on thread scheduling.
 */
public final class SiteModelBuilder {

    private SiteModelBuilder() {
    }

    public static SiteModel build(RepositoryHistory history, LocalDate today, Diagnostics diagnostics) {
        return build(history, today, diagnostics, true);
    }

    /**
     * Like {@link #build}, but faults in the built commit are warnings as in older revisions, and an
     * unreadable {@code _index.md} gives the default settings: for {@code check}, which reports the
     * faults of the files themselves and needs the history only for review dates. Two live
     * policies with the same slug still throw.
     */
    public static SiteModel buildLenient(RepositoryHistory history, LocalDate today, Diagnostics diagnostics) {
        return build(history, today, diagnostics, false);
    }

    private static SiteModel build(RepositoryHistory history, LocalDate today, Diagnostics diagnostics, boolean strict) {
        SourceReader reader = new SourceReader(history, diagnostics, strict);
        SiteSettings settings;
        try {
            settings = settings(history, reader, diagnostics);
        } catch (SourceException e) {
            if (strict) {
                throw e;
            }
            diagnostics.accept(Diagnostic.warning(e.position(), e.detail()));
            settings = SiteSettings.defaults();
        }
        LineageReader lineages = new LineageReader(reader, settings.defaultCycle(), today);
        List<Policy> policies = history.lineages().parallelStream()
                .map(lineages::read)
                .filter(Objects::nonNull)
                .toList();
        Set<String> present = new HashSet<>();
        history.filesAtBuiltCommit().forEach(f -> present.add(reader.repoPath(f.contentPath())));
        return new SiteModel(settings, history.builtCommit(), history.contentRoot(), today,
                freeAddresses(uniqueSlugs(policies), present, diagnostics), assets(history, reader, diagnostics));
    }

    private static SiteSettings settings(RepositoryHistory history, SourceReader reader, Diagnostics diagnostics) {
        return history.filesAtBuiltCommit().stream()
                .filter(f -> f.contentPath().equals(SiteSettings.FILE_NAME))
                .findFirst()
                .map(f -> SiteSettings.parse(reader.repoPath(f.contentPath()),
                        reader.text(f.blobId(), reader.repoPath(f.contentPath()), true), diagnostics))
                .orElseGet(SiteSettings::defaults);
    }

    /**
     * One policy per slug. A file deleted and later re-created under the same name is one policy;
     * two live files with the same slug are an error naming both.
     */
    private static List<Policy> uniqueSlugs(List<Policy> policies) {
        Map<String, Policy> bySlug = new HashMap<>();
        List<SourceException> clashes = new ArrayList<>();
        for (Policy p : policies) {
            try {
                bySlug.merge(p.slug(), p, SiteModelBuilder::mergeSameSlug);
            } catch (SourceException clash) {
                clashes.add(clash);
            }
        }
        // every clash at once: renaming files one build at a time is slow going
        if (clashes.size() == 1) {
            throw clashes.get(0);
        }
        if (!clashes.isEmpty()) {
            throw new UserException(clashes.stream().map(c -> c.position() + ": error: " + c.detail()).sorted()
                    .collect(Collectors.joining("\n")));
        }
        return bySlug.values().stream().sorted(Comparator.comparing(Policy::slug)).toList();
    }

    /**
     * Leaves out policies whose slug is the address of the site's or another policy's pages (see
     * {@link Slugs#takenAddress}). While the file is in the built commit that is an error naming it;
     * a deleted file cannot be renamed any more (history is history), so it is a warning.
     */
    private static List<Policy> freeAddresses(List<Policy> policies, Set<String> present, Diagnostics diagnostics) {
        Set<String> slugs = new HashSet<>();
        policies.forEach(p -> slugs.add(p.slug()));
        List<Policy> kept = new ArrayList<>();
        for (Policy p : policies) {
            String taken = Slugs.takenAddress(p.slug(), slugs);
            if (taken == null) {
                kept.add(p);
            } else if (present.contains(p.latest().path())) {
                throw new SourceException(new SourcePosition(p.latest().path(), 1), takenMessage(p.slug(), taken)
                        + ": rename or move the file");
            } else {
                diagnostics.accept(Diagnostic.warning(new SourcePosition(p.latest().path(), 0), takenMessage(p.slug(), taken)
                        + "; the file was deleted, so this retired policy is left out of the site"));
            }
        }
        return kept;
    }

    /** The words {@code build} and {@code check} use for a slug {@link Slugs#takenAddress} refuses. */
    public static String takenMessage(String slug, String taken) {
        return "policy slug '" + slug + "' is the address of " + taken;
    }

    private static Policy mergeSameSlug(Policy a, Policy b) {
        if (!a.retired() || !b.retired()) {
            Policy live = a.retired() ? b : a;
            Policy other = live == a ? b : a;
            if (!other.retired() || other.latest().time() == null) {
                throw new SourceException(new SourcePosition(live.latest().path(), 1), "policy slug '" + live.slug()
                        + "' is also used by " + other.latest().path() + ": rename one of the files");
            }
            return LineageReader.append(other, live);
        }
        return a.latest().time().isBefore(b.latest().time()) ? LineageReader.append(a, b) : LineageReader.append(b, a);
    }

    private static List<SiteModel.Asset> assets(RepositoryHistory history, SourceReader reader, Diagnostics diagnostics) {
        List<SiteModel.Asset> assets = new ArrayList<>();
        for (SnapshotFile f : history.filesAtBuiltCommit()) {
            if (isAssetPath(f.contentPath())) {
                assets.add(new SiteModel.Asset(f.contentPath(), f.blobId()));
            } else if (isOtherMarkdown(f.contentPath())) {
                diagnostics.accept(Diagnostic.warning(new SourcePosition(reader.repoPath(f.contentPath()), 0),
                        otherMarkdownMessage(f.contentPath())));
            }
        }
        return assets;
    }

    /** Whether a content-relative path is a policy: Markdown, and no part of its name starts with '_' or '.'. */
    public static boolean isPolicyPath(String contentPath) {
        return contentPath.endsWith(".md") && !isHidden(contentPath);
    }

    /** Whether a content-relative path is copied into the site: not Markdown, nothing hidden in its path. */
    public static boolean isAssetPath(String contentPath) {
        return !contentPath.endsWith(".md") && !isOtherMarkdown(contentPath) && !isHidden(contentPath);
    }

    /**
     * Markdown under another name ({@code UPPER.MD}, {@code notes.markdown}): no policy, and never
     * copied as it is, which would publish its source, drafts included.
     */
    public static boolean isOtherMarkdown(String contentPath) {
        String name = contentPath.substring(contentPath.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return !contentPath.endsWith(".md") && !isHidden(contentPath) && OTHER_MARKDOWN.matcher(name).find();
    }

    private static final Pattern OTHER_MARKDOWN = Pattern.compile("\\.(md|markdown|mdown|mkdn?|mdwn)$");

    /** The words {@code build} and {@code check} use for a file {@link #isOtherMarkdown} finds. */
    public static String otherMarkdownMessage(String contentPath) {
        String name = contentPath.substring(contentPath.lastIndexOf('/') + 1);
        String stem = name.substring(0, name.lastIndexOf('.'));
        return "not published: only files whose names end in '.md' are policies (rename it to " + stem + ".md)";
    }

    /** Whether a part of the path starts with '_' (settings, notes) or '.' (hidden folders such as .github). */
    private static boolean isHidden(String contentPath) {
        for (String part : contentPath.split("/")) {
            if (part.startsWith("_") || part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String slugOf(FileLineage lineage) {
        var revs = lineage.revisions();
        return Slugs.fromPath(revs.get(revs.size() - 1).contentPath());
    }
}
