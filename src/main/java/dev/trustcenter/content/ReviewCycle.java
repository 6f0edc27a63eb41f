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
        if (value instanceof Number n && n.intValue() >= 1 && n.intValue() <= 120 && n.doubleValue() == n.intValue()) {
            return new ReviewCycle(n.intValue(), n.intValue() + " months");
        }
        String s = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "monthly" -> new ReviewCycle(1, s);
            case "quarterly" -> QUARTERLY;
            case "semiannual", "semi-annual", "biannual" -> new ReviewCycle(6, "semiannual");
            case "annual", "annually", "yearly" -> new ReviewCycle(12, "annual");
            default -> s.matches("\\d{1,3}") ? parse(Integer.parseInt(s)) : null;
        };
    }

    public LocalDate nextAfter(LocalDate reviewed) {
        return reviewed.plusMonths(months);
    }
}
