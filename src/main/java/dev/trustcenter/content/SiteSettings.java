package dev.trustcenter.content;

import dev.trustcenter.diag.Diagnostic;
import dev.trustcenter.diag.SourcePosition;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
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
        String baseUrl = orEmpty(y.string("base_url"));
        String problem = baseUrlProblem(baseUrl);
        if (problem != null) {
            report.fault(y.position("base_url", true), "base_url '" + baseUrl + "' " + problem);
            baseUrl = "";
        }
        return new SiteSettings(company, title, baseUrl, orEmpty(y.string("contact")),
                cycle == null ? ReviewCycle.QUARTERLY : cycle, parts.body(), extra);
    }

    /**
     * Why {@code url} cannot be the site's public URL, or null when it can (or is empty): feeds and
     * the sitemap need an absolute http or https URL.
     */
    public static String baseUrlProblem(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getRawAuthority() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return null;
            }
        } catch (URISyntaxException e) {
            // reported below like any other unusable value
        }
        return "is not an absolute http or https URL: write it like https://trust.example.com/"
                + " or https://example.github.io/trust/";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
