package dev.trustcenter.content;

import dev.trustcenter.diag.Diagnostic;
import dev.trustcenter.diag.SourcePosition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Site-wide settings from {@code _index.md}'s front matter, and the home page introduction from
 * its body. Missing file or keys fall back to neutral defaults so any folder of policies builds.
 */
public record SiteSettings(String company, String title, String baseUrl, String contact,
                           ReviewCycle defaultCycle, String introMarkdown, Map<String, Object> extra) {

    public static final String FILE_NAME = "_index.md";

    public SiteSettings {
        extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    public static SiteSettings defaults() {
        return new SiteSettings("", "Trust Center", "", "", ReviewCycle.QUARTERLY, "", Map.of());
    }

    /** Parses {@code _index.md}; faults throw with the file and line, as for the built commit's policies. */
    public static SiteSettings parse(String path, String text, Consumer<Diagnostic> warnings) {
        FrontMatterSplitter parts = FrontMatterSplitter.split(path, text);
        PolicyParser.Reporter report = new PolicyParser.Reporter(warnings, false);
        YamlMapping y = YamlMapping.parse(path, parts.yaml(), parts.yamlLine(), report);
        ReviewCycle cycle = PolicyParser.cycle(y, report);
        String company = orEmpty(y.string("company"));
        String title = y.string("title");
        if (title == null || title.isBlank()) {
            title = company.isEmpty() ? "Trust Center" : company + " Trust Center";
            warnings.accept(Diagnostic.warning(new SourcePosition(path, 1), "no site title; using '" + title + "'"));
        }
        Map<String, Object> extra = new LinkedHashMap<>(y.values());
        extra.keySet().removeAll(java.util.List.of("company", "title", "base_url", "contact", "review_cycle"));
        return new SiteSettings(company, title, orEmpty(y.string("base_url")), orEmpty(y.string("contact")),
                cycle == null ? ReviewCycle.QUARTERLY : cycle, parts.body(), extra);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
