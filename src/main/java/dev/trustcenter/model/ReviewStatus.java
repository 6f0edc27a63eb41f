package dev.trustcenter.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Where a policy stands against its next review date. */
public enum ReviewStatus {
    CURRENT("current"), DUE_SOON("due-soon"), OVERDUE("overdue");

    /** A review within this many days is "due soon". */
    public static final int DUE_SOON_DAYS = 14;

    private final String id;

    ReviewStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ReviewStatus of(LocalDate nextReview, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, nextReview);
        if (days < 0) {
            return OVERDUE;
        }
        return days <= DUE_SOON_DAYS ? DUE_SOON : CURRENT;
    }
}
