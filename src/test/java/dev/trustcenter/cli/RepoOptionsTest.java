package dev.trustcenter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.trustcenter.diag.UserException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepoOptionsTest {

    private final Clock clock = Clock.fixed(Instant.parse("2030-01-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void sourceDateEpochFixesTodayAndTheGenerationTime() {
        RepoOptions.BuildTime t = new RepoOptions().time(Map.of("SOURCE_DATE_EPOCH", "1521331200"), clock);
        assertEquals(LocalDate.of(2018, 3, 18), t.today());
        assertEquals(Instant.ofEpochSecond(1521331200), t.generatedAt());
    }

    @Test
    void todayFlagWinsOverTheClock() {
        RepoOptions o = new RepoOptions();
        o.today = "2019-05-01";
        RepoOptions.BuildTime t = o.time(Map.of(), clock);
        assertEquals(LocalDate.of(2019, 5, 1), t.today());
        assertEquals(Instant.parse("2019-05-01T00:00:00Z"), t.generatedAt());
    }

    @Test
    void withoutEitherTheClockIsUsed() {
        assertEquals(LocalDate.of(2030, 1, 1), new RepoOptions().time(Map.of(), clock).today());
    }

    @Test
    void badValuesAreUserErrors() {
        assertThrows(UserException.class, () -> new RepoOptions().time(Map.of("SOURCE_DATE_EPOCH", "soon"), clock));
        RepoOptions o = new RepoOptions();
        o.today = "2019-13-01";
        assertThrows(UserException.class, () -> o.time(Map.of(), clock));
    }
}
