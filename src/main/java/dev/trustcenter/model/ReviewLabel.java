package dev.trustcenter.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A review's permanent name: the quarter of its review date ({@code 2017-Q2}). A second review in
 * the same quarter is {@code 2017-Q2-2}, a third {@code 2017-Q2-3}. Labels are given in commit
 * order, so a new review never renames an older one and published URLs stay put.
 */
public record ReviewLabel(String text) {

    public static ReviewLabel quarterOf(LocalDate date) {
        return new ReviewLabel(date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1));
    }

    /** The URL segment: {@code 2017-q2}. */
    public String slug() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Labels for review dates given in commit order. */
    public static List<ReviewLabel> assign(List<LocalDate> reviewDates) {
        Map<String, Integer> seen = new HashMap<>();
        List<ReviewLabel> labels = new ArrayList<>(reviewDates.size());
        for (LocalDate date : reviewDates) {
            String quarter = quarterOf(date).text();
            int n = seen.merge(quarter, 1, Integer::sum);
            labels.add(new ReviewLabel(n == 1 ? quarter : quarter + "-" + n));
        }
        return labels;
    }

    @Override
    public String toString() {
        return text;
    }
}
