package dev.trustcenter.view;

import dev.trustcenter.content.FrontMatter;
import dev.trustcenter.content.ReviewCycle;
import dev.trustcenter.diag.Diagnostic;
import dev.trustcenter.diag.SourcePosition;
import dev.trustcenter.markdown.Placeholders;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.ReviewSchedule;
import dev.trustcenter.model.ReviewLabel;
import dev.trustcenter.model.Revision;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The values of the {@code {{ name }}} placeholders ({@link Placeholders#NAMES}) in one version of a
 * policy, as of that version, so an archived page keeps saying what it said then:
 * <ul>
 * <li>{@code last_reviewed}: the version's review date ({@code 18 March 2018});</li>
 * <li>{@code next_review}: the review after it, by the version's own front matter and the site's
 *     default cycle ({@link ReviewSchedule}), in the same format;</li>
 * <li>{@code review_label}: the review in effect at the version, the one whose date
 *     {@code last_reviewed} gives: its own label for a review, else the latest review before it
 *     (for changes since the last review, the last review's label);</li>
 * <li>{@code title}: the version's title.</li>
 * </ul>
 */
public final class PlaceholderValues {

    private PlaceholderValues() {
    }

    public static Map<String, String> of(Policy p, Revision r, ReviewCycle defaultCycle) {
        FrontMatter fm = r.source().frontMatter();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("last_reviewed", Formats.longDay(r.reviewed()));
        values.put("next_review", Formats.longDay(ReviewSchedule.nextReview(fm, r.reviewed(), defaultCycle)));
        values.put("review_label", reviewInEffect(p, r));
        values.put("title", fm.title());
        return values;
    }

    /**
     * Values for an uncommitted draft in the preview, from its own front matter. A draft that records
     * a review gets its quarter's label; the final label (a second review in a quarter is "-2") is
     * settled when it is committed.
     */
    public static Map<String, String> ofDraft(FrontMatter fm, Policy published, ReviewCycle defaultCycle) {
        Revision latest = published == null ? null : published.latest();
        LocalDate reviewed = fm.lastReviewed() != null ? fm.lastReviewed() : latest == null ? null : latest.reviewed();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("last_reviewed", Formats.longDay(reviewed));
        values.put("next_review", reviewed == null ? "" : Formats.longDay(ReviewSchedule.nextReview(fm, reviewed, defaultCycle)));
        boolean sameReview = latest != null && reviewed != null && reviewed.equals(latest.reviewed());
        values.put("review_label", sameReview ? reviewInEffect(published, latest)
                : reviewed == null ? "" : ReviewLabel.quarterOf(reviewed).text());
        values.put("title", fm.title());
        return values;
    }

    /**
     * The placeholders of one version, ready for {@code MarkdownRenderer.render}. An unknown name in
     * the text being published (the current version of a live policy) is an error; in an older
     * revision, which can no longer be fixed, a warning naming the commit, and the braces stay.
     */
    public static Placeholders placeholders(Policy p, Revision r, ReviewCycle defaultCycle,
                                            Consumer<Diagnostic> diagnostics) {
        boolean current = r == p.latest() && !p.retired();
        String suffix = current || r.commitId() == null ? "" : " (in commit " + r.id() + "; shown as written)";
        return new Placeholders(of(p, r, defaultCycle), (placeholder, name, line, column) -> diagnostics.accept(
                new Diagnostic(current ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING,
                        new SourcePosition(r.path(), r.source().bodyLine() + line - 1, column),
                        Placeholders.unknownMessage(placeholder) + suffix)));
    }

    /** The label of the latest review recorded at or before {@code r}, in commit order; "" if none. */
    static String reviewInEffect(Policy p, Revision r) {
        String label = "";
        for (Revision x : p.revisions()) {
            if (x.review()) {
                label = x.label().text();
            }
            if (x.id().equals(r.id())) {
                break;
            }
        }
        return label;
    }
}
