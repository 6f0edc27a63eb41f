package dev.trustcenter.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Date texts with a fixed locale and zone, so output never depends on the machine. */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    // A site formats the same few thousand dates and commit times on many pages.
    private static final Map<LocalDate, String> DAYS = new ConcurrentHashMap<>();
    private static final Map<Instant, String> ISO_TIMES = new ConcurrentHashMap<>();
    private static final Map<Instant, String> MINUTES = new ConcurrentHashMap<>();

    private Formats() {
    }

    /** {@code 18 Mar 2018}; empty for null. */
    public static String day(LocalDate date) {
        return date == null ? "" : DAYS.computeIfAbsent(date, DAY::format);
    }

    /** {@code 18 March 2018}, for dates inside running text; empty for null. */
    public static String longDay(LocalDate date) {
        return date == null ? "" : LONG_DAY.format(date);
    }

    public static String day(Instant time) {
        return time == null ? "" : day(LocalDate.ofInstant(time, ZoneOffset.UTC));
    }

    public static String minute(Instant time) {
        return time == null ? "" : MINUTES.computeIfAbsent(time, MINUTE::format);
    }

    /** ISO-8601 UTC with seconds: {@code 2018-03-18T10:00:00Z}; empty for null. */
    public static String iso(Instant time) {
        return time == null ? "" : ISO_TIMES.computeIfAbsent(time,
                t -> DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    }

    public static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Like {@link #iso(LocalDate)}, but null for null: for optional fields templates test with {@code ??}. */
    public static String isoOrNull(LocalDate date) {
        return date == null ? null : iso(date);
    }

    public static String dayOrNull(LocalDate date) {
        return date == null ? null : day(date);
    }
}
