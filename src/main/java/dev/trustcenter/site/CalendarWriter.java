package dev.trustcenter.site;

import dev.trustcenter.view.PolicyJson;
import dev.trustcenter.view.Urls;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes {@code reviews.ics}: an iCalendar (RFC 5545) feed with an all-day event for each policy's
 * next review and each announced version's effective date. Hand-written because the format is
 * small; what matters is done here: CRLF line ends, lines folded at 75 octets without splitting a
 * UTF-8 character, escaped text, UIDs that stay the same from build to build, and DTSTAMP taken
 * from the build time so the file is byte-stable.
 */
final class CalendarWriter {

    /** Longest line in octets, CRLF not counted (RFC 5545, 3.1). */
    static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** Used in UIDs when the site has no base URL: a reserved name that can never clash with a real host. */
    static final String NO_HOST = "trustcenter.invalid";

    private CalendarWriter() {
    }

    private record Event(LocalDate date, String uid, String summary, String description, String url) {
    }

    static byte[] write(String siteTitle, Urls urls, Instant generatedAt, List<PolicyJson> policies) {
        String host = urls.host() == null ? NO_HOST : urls.host();
        List<Event> events = new ArrayList<>();
        for (PolicyJson p : policies) {
            String uidBase = p.slug().replace('/', '.');
            if (!p.retired() && p.nextReview() != null) {
                LocalDate next = LocalDate.parse(p.nextReview());
                events.add(new Event(next, uidBase + "-review-" + DATE.format(next) + "@" + host,
                        "Review due: " + p.title(),
                        "The next review of " + p.title() + " is due by this date (last reviewed "
                                + p.lastReviewed() + ").\n" + urls.absolute(p.url()),
                        urls.absolute(p.url())));
            }
            if (p.upcoming() != null && p.upcoming().effective() != null) {
                LocalDate effective = LocalDate.parse(p.upcoming().effective());
                String name = p.upcoming().label() != null ? p.upcoming().label() : "revision " + p.upcoming().revision();
                events.add(new Event(effective, uidBase + "-effective-" + DATE.format(effective) + "@" + host,
                        "Takes effect: " + p.title() + " (" + name + ")",
                        "The " + name + " version of " + p.title() + " takes effect on this date.\nNew version: "
                                + urls.absolute(p.upcoming().url()) + "\nWhat changes: " + urls.absolute(p.upcoming().diffUrl()),
                        urls.absolute(p.upcoming().url())));
            }
        }
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::uid));

        Lines out = new Lines();
        out.add("BEGIN:VCALENDAR");
        out.add("VERSION:2.0");
        out.add("PRODID:-//trustcenter//reviews//EN");
        out.add("CALSCALE:GREGORIAN");
        out.add("METHOD:PUBLISH");
        out.add("X-WR-CALNAME:" + text(siteTitle + ": reviews and effective dates"));
        String stamp = STAMP.format(generatedAt);
        for (Event e : events) {
            out.add("BEGIN:VEVENT");
            out.add("UID:" + e.uid());
            out.add("DTSTAMP:" + stamp);
            out.add("DTSTART;VALUE=DATE:" + DATE.format(e.date()));
            out.add("DTEND;VALUE=DATE:" + DATE.format(e.date().plusDays(1)));
            out.add("SUMMARY:" + text(e.summary()));
            out.add("DESCRIPTION:" + text(e.description()));
            // URL is a URI value: only a full address (a site with a base URL) qualifies.
            if (e.url().contains("://")) {
                out.add("URL:" + e.url());
            }
            out.add("TRANSP:TRANSPARENT");
            out.add("END:VEVENT");
        }
        out.add("END:VCALENDAR");
        return out.bytes();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11). */
    static String text(String value) {
        StringBuilder b = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }

    /** Content lines, each folded to {@link #MAX_OCTETS} and ended with CRLF. */
    static final class Lines {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void add(String line) {
            int used = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                if (used + bytes.length > MAX_OCTETS) {
                    // A fold is CRLF then one space, which counts toward the next line's length.
                    out.writeBytes(new byte[] {'\r', '\n', ' '});
                    used = 1;
                }
                out.writeBytes(bytes);
                used += bytes.length;
                i += Character.charCount(cp);
            }
            out.writeBytes(new byte[] {'\r', '\n'});
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
