package dev.trustcenter.content;

import java.time.LocalDate;
import java.util.Locale;

/** How often a policy is reviewed, in months. {@code name} is the word the writer used. */
public record ReviewCycle(int months, String name) {

    public static final ReviewCycle QUARTERLY = new ReviewCycle(3, "quarterly");

    public ReviewCycle {
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException("a review cycle is 1 to 120 months, was " + months);
        }
    }

    /**
     * Parses {@code monthly}, {@code quarterly}, {@code semiannual}, {@code annual} or a whole
     * number of months; returns null for anything else so the caller can report it with a line.
     */
    public static ReviewCycle parse(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue() == n.intValue() ? months(n.intValue()) : null;
        }
        String s = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "monthly" -> new ReviewCycle(1, s);
            case "quarterly" -> QUARTERLY;
            case "semiannual", "semi-annual", "biannual" -> new ReviewCycle(6, "semiannual");
            case "annual", "annually", "yearly" -> new ReviewCycle(12, "annual");
            default -> s.matches("\\d{1,3}") ? months(Integer.parseInt(s)) : null;
        };
    }

    /** A number of months, null outside 1 to 120 (0 or 999 is a typo, not a cycle). */
    private static ReviewCycle months(int n) {
        return n < 1 || n > 120 ? null : new ReviewCycle(n, n + (n == 1 ? " month" : " months"));
    }

    public LocalDate nextAfter(LocalDate reviewed) {
        return reviewed.plusMonths(months);
    }
}
