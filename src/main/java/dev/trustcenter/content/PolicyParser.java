package dev.trustcenter.content;

import dev.trustcenter.diag.Diagnostic;
import dev.trustcenter.diag.SourceException;
import dev.trustcenter.diag.SourcePosition;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a policy file's text. Strict parsing (the commit being built, the working tree) throws
 * {@link SourceException} with the file and line; lenient parsing (older revisions, which can no
 * longer be fixed) reports the same faults as warnings and publishes what can be read.
 */
public final class PolicyParser {

    static final Set<String> KNOWN_KEYS = Set.of("title", "summary", "owner", "category", "last_reviewed",
            "review_cycle", "next_review", "status", "approved_by", "effective");
    private static final Pattern FIRST_HEADING = Pattern.compile("(?m)^#[ \\t]+(.+?)[ \\t#]*$");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private PolicyParser() {
    }

    /** Strict: any fault throws. Warnings (a missing title) go to {@code warnings}. */
    public static PolicySource parse(String path, String text, Consumer<Diagnostic> warnings) {
        return parse(path, text, warnings, false);
    }

    /** Lenient: faults become warnings and the offending key (or whole front matter) is ignored. */
    public static PolicySource parseLenient(String path, String text, Consumer<Diagnostic> warnings) {
        return parse(path, text, warnings, true);
    }

    /**
     * Lenient, for an older revision: faults become warnings, but a missing title is not reported,
     * as only the current version can still add one (and reports it); a repository without titles
     * would otherwise get one warning per version of every policy.
     */
    public static PolicySource parseHistoric(String path, String text, Consumer<Diagnostic> faults) {
        return parse(path, text, new Reporter(faults, Faults.WARN), d -> { });
    }

    /**
     * For {@code check}: faults become errors in {@code diagnostics} and the offending key (or whole
     * front matter) is ignored, so every fault of every file is reported in one run.
     */
    public static PolicySource parseReporting(String path, String text, Consumer<Diagnostic> diagnostics) {
        return parse(path, text, new Reporter(diagnostics, Faults.ERROR));
    }

    /**
     * The position of a front-matter key's value ({@code last_reviewed}) in the file, or line 1 when
     * the key is absent, so messages about a key point where the writer fixes it.
     */
    public static SourcePosition keyPosition(String path, String text, String key) {
        FrontMatterSplitter parts;
        try {
            parts = FrontMatterSplitter.split(path, text);
        } catch (SourceException e) {
            return new SourcePosition(path, 1);
        }
        Reporter ignore = new Reporter(d -> { }, Faults.WARN);
        YamlMapping yaml = YamlMapping.parse(path, parts.yaml(), parts.yamlLine(), ignore);
        return yaml.values().containsKey(key) ? yaml.position(key, true) : new SourcePosition(path, 1);
    }

    /**
     * Whether the front matter can be read, with the review keys it has ({@code last_reviewed},
     * {@code next_review}, {@code review_cycle}): where one cannot, the review schedule is unknown, and
     * a review status worked out without it would only mislead.
     */
    public static boolean reviewScheduleReadable(String path, String text) {
        FrontMatterSplitter parts;
        try {
            parts = FrontMatterSplitter.split(path, text);
        } catch (SourceException e) {
            return false;
        }
        boolean[] fault = {false};
        Reporter report = new Reporter(d -> fault[0] = true, Faults.WARN);
        YamlMapping yaml = YamlMapping.parse(path, parts.yaml(), parts.yamlLine(), report);
        date(yaml, "last_reviewed", report);
        date(yaml, "next_review", report);
        cycle(yaml, report);
        return yaml.readable() && !fault[0];
    }

    private static PolicySource parse(String path, String text, Consumer<Diagnostic> warnings, boolean lenient) {
        return parse(path, text, new Reporter(warnings, lenient));
    }

    private static PolicySource parse(String path, String text, Reporter report) {
        return parse(path, text, report, report.warnings());
    }

    /** @param warnings where the warnings that are not faults (a missing title) go */
    private static PolicySource parse(String path, String text, Reporter report, Consumer<Diagnostic> warnings) {
        FrontMatterSplitter parts;
        boolean readable = true;
        try {
            parts = FrontMatterSplitter.split(path, text);
        } catch (SourceException e) {
            report.fault(e.position(), e.detail());
            parts = new FrontMatterSplitter("", 1, text, 1);
            readable = false;
        }
        YamlMapping yaml = YamlMapping.parse(path, parts.yaml(), parts.yamlLine(), report);
        FrontMatter fm = toFrontMatter(yaml, report);
        if (fm.title() == null || fm.title().isBlank()) {
            // in front matter that cannot be read the title is unknown, not missing: its fault is reported
            fm = fm.withTitle(fallbackTitle(path, parts, readable && yaml.readable() && !yaml.structured("title") ? warnings : d -> { }));
        }
        return new PolicySource(path, fm, parts.body(), parts.bodyLine());
    }

    private static FrontMatter toFrontMatter(YamlMapping y, Reporter report) {
        Map<String, Object> extra = new LinkedHashMap<>();
        y.values().forEach((k, v) -> {
            if (!KNOWN_KEYS.contains(k)) {
                extra.put(k, v);
            }
        });
        return new FrontMatter(text(y, "title", report), text(y, "summary", report), text(y, "owner", report),
                text(y, "category", report), date(y, "last_reviewed", report), cycle(y, report), date(y, "next_review", report),
                status(y, report), text(y, "approved_by", report), date(y, "effective", report), extra);
    }

    /** A value shown as text; a mapping ({@code title: {a: 1}}) would show as "{a=1}", so it is a fault. */
    private static String text(YamlMapping y, String key, Reporter report) {
        if (y.structured(key)) {
            report.fault(y.position(key, true), key + " must be text, not " + (y.values().get(key) instanceof Map<?, ?>
                    ? "a mapping" : "nested lists") + " (quote the value if it holds a colon, braces or brackets)");
            return null;
        }
        return y.string(key);
    }

    static LocalDate date(YamlMapping y, String key, Reporter report) {
        Object v = y.values().get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            return null;
        }
        String s = String.valueOf(v).trim();
        try {
            if (ISO_DATE.matcher(s).matches()) {
                return LocalDate.parse(s);
            }
        } catch (DateTimeParseException e) {
            // falls through to the same message as a malformed date
        }
        report.fault(y.position(key, true), key + " '" + s + "' is not a date (expected YYYY-MM-DD, e.g. 2024-03-31)");
        return null;
    }

    static ReviewCycle cycle(YamlMapping y, Reporter report) {
        Object v = y.values().get("review_cycle");
        if (v == null) {
            return null;
        }
        ReviewCycle cycle = ReviewCycle.parse(v);
        if (cycle == null) {
            report.fault(y.position("review_cycle", true), "review_cycle '" + v
                    + "' is not known (use monthly, quarterly, semiannual, annual or a number of months from 1 to 120)");
        }
        return cycle;
    }

    private static PolicyStatus status(YamlMapping y, Reporter report) {
        Object v = y.values().get("status");
        if (v == null) {
            return PolicyStatus.PUBLISHED;
        }
        PolicyStatus status = PolicyStatus.parse(v);
        if (status == null) {
            report.fault(y.position("status", true), "status '" + v + "' is not known (use published, draft or retired)");
            return PolicyStatus.PUBLISHED;
        }
        return status;
    }

    private static String fallbackTitle(String path, FrontMatterSplitter parts, Consumer<Diagnostic> warnings) {
        Matcher m = FIRST_HEADING.matcher(parts.body());
        String title;
        if (m.find()) {
            title = m.group(1).trim();
        } else {
            String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
            title = name.isEmpty() ? "Untitled" : Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('-', ' ');
        }
        warnings.accept(Diagnostic.warning(new SourcePosition(path, 1),
                "no title in front matter; using '" + title + "' (add 'title: ...')"));
        return title;
    }

    /** What happens to a fault in the input. */
    enum Faults { THROW, WARN, ERROR }

    /** Where a fault goes: thrown in strict mode, a warning in lenient mode, an error when reporting. */
    record Reporter(Consumer<Diagnostic> warnings, Faults faults) {

        Reporter(Consumer<Diagnostic> warnings, boolean lenient) {
            this(warnings, lenient ? Faults.WARN : Faults.THROW);
        }

        void fault(SourcePosition pos, String message) {
            switch (faults) {
                case THROW -> throw new SourceException(pos, message);
                case WARN -> warnings.accept(Diagnostic.warning(pos, message));
                case ERROR -> warnings.accept(Diagnostic.error(pos, message));
            }
        }
    }
}
