package dev.trustcenter.model;

import dev.trustcenter.content.FrontMatter;
import dev.trustcenter.content.ReviewCycle;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When the review after one dated {@code lastReviewed} is due, by a version's front matter: its
 * explicit {@code next_review}, else {@code lastReviewed} plus its {@code review_cycle}, else plus the
 * site's default cycle. The build, the {@code review} command and placeholders all ask here.
 */
public final class ReviewSchedule {

    private ReviewSchedule() {
    }

    public static LocalDate nextReview(FrontMatter fm, LocalDate lastReviewed, ReviewCycle defaultCycle) {
        Objects.requireNonNull(lastReviewed, "lastReviewed");
        if (fm.nextReview() != null) {
            return fm.nextReview();
        }
        return cycle(fm, defaultCycle).nextAfter(lastReviewed);
    }

    /** The cycle a version follows: its own {@code review_cycle}, else the site default. */
    public static ReviewCycle cycle(FrontMatter fm, ReviewCycle defaultCycle) {
        return fm.reviewCycle() != null ? fm.reviewCycle() : defaultCycle;
    }
}
