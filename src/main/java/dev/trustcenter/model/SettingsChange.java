package dev.trustcenter.model;

import dev.trustcenter.content.SiteSettings;
import dev.trustcenter.diag.Diagnostic;
import dev.trustcenter.diag.SourceException;
import dev.trustcenter.history.FileChange;
import dev.trustcenter.history.TreeComparison;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a range did to the site settings in {@code _index.md}: the settings whose values changed and
 * whether the home page introduction did. A missing file counts as the defaults, as the build reads it.
 *
 * @param settings     changed settings by the key the writer types, in the file's order; empty when
 *                     {@code readable} is false
 * @param introChanged whether the introduction (the file's body) changed
 * @param readable     false when a side's front matter cannot be parsed ({@code check} says why)
 */
public record SettingsChange(List<Setting> settings, boolean introChanged, boolean readable) {

    /** One setting before and after; null for a side where it is not set. */
    public record Setting(String key, String older, String newer) {
    }

    public SettingsChange {
        settings = List.copyOf(settings);
    }

    /** Whether the default {@code review_cycle} changed: it dates the next review of every policy without its own. */
    public boolean defaultCycleChanged() {
        return settings.stream().anyMatch(s -> s.key().equals("review_cycle"));
    }

    /** The change to the content folder's {@code _index.md} in the comparison, if it changed. */
    public static Optional<SettingsChange> of(TreeComparison comparison, Consumer<Diagnostic> warnings) {
        for (FileChange f : comparison.changes()) {
            if (isSettings(f.oldPath()) || isSettings(f.newPath())) {
                return Optional.of(compare(comparison, f, warnings));
            }
        }
        return Optional.empty();
    }

    static boolean isSettings(String contentPath) {
        return SiteSettings.FILE_NAME.equals(contentPath);
    }

    private static SettingsChange compare(TreeComparison comparison, FileChange f, Consumer<Diagnostic> warnings) {
        SiteSettings older;
        SiteSettings newer;
        try {
            older = read(comparison, isSettings(f.oldPath()) ? f.oldBlobId() : null, d -> { });
        } catch (SourceException e) {
            return new SettingsChange(List.of(), false, false);
        }
        try {
            newer = read(comparison, isSettings(f.newPath()) ? f.newBlobId() : null, warnings);
        } catch (SourceException e) {
            // only the proposed text is warned about, as for policies
            warnings.accept(Diagnostic.warning(e.position(), e.detail()));
            return new SettingsChange(List.of(), false, false);
        }
        Map<String, String> before = values(older);
        Map<String, String> after = values(newer);
        List<Setting> changed = new ArrayList<>();
        for (String key : union(before, after)) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                changed.add(new Setting(key, before.get(key), after.get(key)));
            }
        }
        return new SettingsChange(changed, !older.introMarkdown().strip().equals(newer.introMarkdown().strip()), true);
    }

    private static SiteSettings read(TreeComparison comparison, String blobId, Consumer<Diagnostic> warnings) {
        if (blobId == null) {
            return SiteSettings.defaults();
        }
        String text = new String(comparison.blobs().read(blobId), StandardCharsets.UTF_8);
        return SiteSettings.parse(comparison.repoPath(SiteSettings.FILE_NAME), text, warnings);
    }

    /** The settings as the writer types them; empty values count as not set. */
    private static Map<String, String> values(SiteSettings s) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "company", s.company());
        put(m, "title", s.title());
        put(m, "base_url", s.baseUrl());
        put(m, "contact", s.contact());
        put(m, "review_cycle", s.defaultCycle().name());
        s.extra().forEach((k, v) -> put(m, k, v == null ? null : String.valueOf(v)));
        return m;
    }

    private static void put(Map<String, String> m, String key, String value) {
        m.put(key, value == null || value.isBlank() ? null : value);
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }
}
