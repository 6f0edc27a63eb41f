package dev.trustcenter.check;

import dev.trustcenter.content.FrontMatter;
import dev.trustcenter.content.PolicyParser;
import dev.trustcenter.content.PolicySource;
import dev.trustcenter.content.PolicyStatus;
import dev.trustcenter.content.ReviewCycle;
import dev.trustcenter.diag.Diagnostic;
import dev.trustcenter.diag.SourcePosition;
import dev.trustcenter.diff.ChangeType;
import dev.trustcenter.diff.PolicyDiff;
import dev.trustcenter.diff.PolicyDiffer;
import dev.trustcenter.diff.format.ChangeLines;
import dev.trustcenter.markdown.LinkResolver;
import dev.trustcenter.markdown.MarkdownRenderer;
import dev.trustcenter.markdown.Placeholders;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.Review;
import dev.trustcenter.model.ReviewSchedule;
import dev.trustcenter.model.ReviewStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Review dates: overdue and due-soon reviews, review dates in the future or out of order, and text
 * changed since the last recorded review while {@code last_reviewed} stayed the same.
 */
final class ReviewCheck {

    private final LocalDate today;
    private final ReviewCycle defaultCycle;
    private final MarkdownRenderer markdown;
    private final Consumer<Diagnostic> out;
    /** Commits of the branch being checked that main does not have yet: one pull request. */
    private final Set<String> unmerged;

    ReviewCheck(LocalDate today, ReviewCycle defaultCycle, MarkdownRenderer markdown, Set<String> unmerged,
                Consumer<Diagnostic> out) {
        this.today = today;
        this.defaultCycle = defaultCycle;
        this.markdown = markdown;
        this.unmerged = unmerged;
        this.out = out;
    }

    /** @param history the policy as published so far (null when new or outside git) */
    void check(CheckedPolicy p, Policy history) {
        FrontMatter fm = p.source().frontMatter();
        if (fm.status() == PolicyStatus.RETIRED) {
            return;
        }
        LocalDate last = fm.lastReviewed() != null ? fm.lastReviewed() : history != null ? history.lastReviewed() : null;
        if (last == null) {
            return;
        }
        if (fm.lastReviewed() != null && fm.lastReviewed().isAfter(today)) {
            out.accept(Diagnostic.warning(at(p, "last_reviewed"), "last_reviewed " + fm.lastReviewed()
                    + " is in the future (today is " + today + ")"));
        }
        if (fm.nextReview() != null && fm.nextReview().isBefore(last)) {
            out.accept(Diagnostic.warning(at(p, "next_review"), "next_review " + fm.nextReview()
                    + " is before last_reviewed " + last));
        }
        // a review date or cycle that cannot be read is reported as an error already; a status
        // worked out from an older review's date or the default cycle would be a second, wrong finding
        if (PolicyParser.reviewScheduleReadable(p.path(), p.text())) {
            due(p, fm, last);
        }
        if (history != null && !history.retired()) {
            unreviewedChange(p, history.lastReview());
            movedBack(p, history);
        }
    }

    /** A review date before one already recorded: a typo in the year, most likely, and a review published for good. */
    private void movedBack(CheckedPolicy p, Policy history) {
        LocalDate date = p.source().frontMatter().lastReviewed();
        history.reviews().stream().filter(r -> date != null && r.reviewed().isAfter(date))
                .max(java.util.Comparator.comparing(Review::reviewed))
                .ifPresent(r -> out.accept(Diagnostic.warning(at(p, "last_reviewed"), "last_reviewed " + date
                        + " is before the " + r.label() + " review of " + r.reviewed()
                        + ": review dates only move forward (a typo in the year?)")));
    }

    private void due(CheckedPolicy p, FrontMatter fm, LocalDate last) {
        ReviewCycle cycle = ReviewSchedule.cycle(fm, defaultCycle);
        LocalDate next = ReviewSchedule.nextReview(fm, last, defaultCycle);
        String basis = fm.nextReview() != null ? "next_review " + next
                : "last reviewed " + last + ", " + cycle.name() + " review cycle";
        SourcePosition at = at(p, fm.nextReview() != null ? "next_review" : "last_reviewed");
        long days = ChronoUnit.DAYS.between(today, next);
        switch (ReviewStatus.of(next, today)) {
            case OVERDUE -> out.accept(Diagnostic.warning(at, "review overdue since " + next + " (" + basis
                    + "): review the policy and set last_reviewed to the review date"));
            case DUE_SOON -> out.accept(Diagnostic.warning(at, "review due " + (days == 0 ? "today" : days == 1
                    ? "tomorrow" : "in " + days + " days") + ", by " + next + " (" + basis + ")"));
            case CURRENT -> { }
        }
    }

    /** The text now against the text of the last recorded review, when the review date did not move. */
    private void unreviewedChange(CheckedPolicy p, Review lastReview) {
        PolicySource reviewed = lastReview.revision().source();
        LocalDate date = p.source().frontMatter().lastReviewed();
        if (date == null || !Objects.equals(date, reviewed.frontMatter().lastReviewed())) {
            return;
        }
        // a review recorded in this pull request covers the rest of it: merged as one commit (a merge
        // commit or a squash), it is one revision, and diff says "review recorded"
        if (unmerged.contains(lastReview.revision().commitId())) {
            return;
        }
        PolicyDiff diff = PolicyDiffer.diff(markdown.render(reviewed.markdown(), LinkResolver.NONE,
                Placeholders.checking((placeholder, name, line, column) -> { })), p.body());
        if (diff.changeType() == ChangeType.NONE) {
            return;
        }
        out.accept(Diagnostic.warning(at(p, "last_reviewed"), "text changed since the " + lastReview.label()
                + " review (" + diff.changeType().label() + ": " + ChangeLines.counts(diff) + ") but last_reviewed is still " + date
                + ": set it to the review date once the change is reviewed"));
    }

    private static SourcePosition at(CheckedPolicy p, String key) {
        return PolicyParser.keyPosition(p.path(), p.text(), key);
    }
}
