package dev.trustcenter.content;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A policy's front matter. Known keys are typed; every other key is kept in {@code extra} in file
 * order (values as the YAML parser gives them: strings, numbers, booleans, lists, maps).
 * Nullable: {@code title}, {@code summary}, {@code owner}, {@code category}, {@code lastReviewed},
 * {@code reviewCycle} (null means the site default), {@code nextReview}, {@code approvedBy},
 * {@code effective}.
 */
public record FrontMatter(String title, String summary, String owner, String category,
                          LocalDate lastReviewed, ReviewCycle reviewCycle, LocalDate nextReview,
                          PolicyStatus status, String approvedBy, LocalDate effective,
                          Map<String, Object> extra) {

    public static final FrontMatter EMPTY = new FrontMatter(null, null, null, null, null, null, null,
            PolicyStatus.PUBLISHED, null, null, Map.of());

    public FrontMatter {
        Objects.requireNonNull(status, "status");
        // Map.copyOf would lose the writer's key order and reject null YAML values.
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    public FrontMatter withTitle(String newTitle) {
        return new FrontMatter(newTitle, summary, owner, category, lastReviewed, reviewCycle, nextReview,
                status, approvedBy, effective, extra);
    }
}
