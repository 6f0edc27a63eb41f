package dev.trustcenter.site;

import dev.trustcenter.markdown.MarkdownRenderer;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.Revision;
import dev.trustcenter.template.TemplateEngine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The rendered files of each policy, kept between the preview server's rebuilds so that an edit
 * re-renders only the policies it touched. A policy's pages depend on its revisions (commit, blob,
 * path) and on site-wide inputs (settings, templates, base URL, today, the built commit); the
 * site-wide inputs form the cache's context, and a new context empties the cache.
 *
 * <p>One build at a time: {@link #begin} and {@link #end} bracket a build; lookups inside it may
 * come from several threads. Entries no build used are dropped at {@link #end}, so memory stays
 * bounded by one site.
 */
public final class PolicyCache {

    record Entry(List<OutputFile> files, PolicyPages.Result result) {
        Entry {
            files = List.copyOf(files);
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private String context = "";
    private List<OutputFile> sitePages;
    private String theme;
    private TemplateEngine templates;
    private MarkdownRenderer markdown;

    synchronized void begin(String buildContext) {
        if (!buildContext.equals(context)) {
            entries.clear();
            sitePages = null;
            context = buildContext;
        }
        used.clear();
        hits.set(0);
        misses.set(0);
    }

    Entry get(Policy p, Supplier<Entry> render) {
        String key = fingerprint(p);
        used.add(key);
        Entry cached = entries.get(key);
        if (cached != null) {
            hits.incrementAndGet();
            return cached;
        }
        misses.incrementAndGet();
        Entry fresh = render.get();
        entries.put(key, fresh);
        return fresh;
    }

    /**
     * The template engine for the theme with this digest: FreeMarker parses each template once per
     * engine, so keeping it saves parsing every template on every rebuild. A new digest, a new engine.
     */
    synchronized TemplateEngine templates(String themeDigest, Supplier<TemplateEngine> create) {
        if (templates == null || !themeDigest.equals(theme)) {
            templates = create.get();
            theme = themeDigest;
        }
        return templates;
    }

    /** Built once: the flexmark parser and renderer do not change between builds. */
    synchronized MarkdownRenderer markdown() {
        if (markdown == null) {
            markdown = new MarkdownRenderer();
        }
        return markdown;
    }

    /**
     * The site-wide pages (home, feeds, sitemap, policies.json, assets). Only for a build of a commit:
     * then they depend on nothing but the context, which names the commit.
     */
    synchronized List<OutputFile> sitePages(Supplier<List<OutputFile>> render) {
        if (sitePages == null) {
            sitePages = List.copyOf(render.get());
        }
        return sitePages;
    }

    synchronized void end() {
        entries.keySet().retainAll(used);
    }

    /** Policies whose pages the last build took from the cache. */
    public int reused() {
        return hits.get();
    }

    /** Policies the last build rendered. */
    public int rendered() {
        return misses.get();
    }

    /**
     * What a policy's pages are made of, besides the context. Git blob ids name their content; a
     * file read from disk (a folder outside git) is named by a digest of its parsed source.
     */
    static String fingerprint(Policy p) {
        StringBuilder s = new StringBuilder(p.slug()).append('\n').append(p.retired()).append(' ')
                .append(p.nextReview()).append(' ').append(p.reviewStatus()).append('\n');
        for (Revision r : p.revisions()) {
            s.append(r.id()).append(' ').append(r.commitId()).append(' ').append(r.path()).append(' ')
                    .append(r.blobId()).append(' ').append(r.label()).append(' ').append(r.review()).append('\n');
            if (r.commitId() == null) {
                s.append(digest(r.source().toString())).append('\n');
            }
        }
        return s.toString();
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Collects one policy's files so they can be kept and written again by later builds. */
    static final class Collector implements SiteOutput {
        private final List<OutputFile> files = new ArrayList<>();

        @Override
        public synchronized void write(OutputFile file, String owner) {
            files.add(file);
        }

        synchronized List<OutputFile> files() {
            return List.copyOf(files);
        }
    }
}
