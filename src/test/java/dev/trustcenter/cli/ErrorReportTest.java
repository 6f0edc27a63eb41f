package dev.trustcenter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A user error is printed as {@code path:line: error: message}, as compilers print theirs. */
class ErrorReportTest {

    @Test
    void aPositionIsPutBeforeTheWordError() {
        assertEquals("content/a.md:3:16: error: last_reviewed is not a date",
                ErrorReport.errorLine("content/a.md:3:16: last_reviewed is not a date"));
    }

    @Test
    void aPathWithASpaceKeepsItsPositionFirst() {
        // it was "error: content/a b.md:3:16: …", which editors and CI annotations do not read as a position
        assertEquals("content/a b.md:3:16: error: last_reviewed is not a date",
                ErrorReport.errorLine("content/a b.md:3:16: last_reviewed is not a date"));
    }

    @Test
    void aMessageWithoutAPositionStartsWithError() {
        assertEquals("error: --today 2026-13-01 is not a date", ErrorReport.errorLine("--today 2026-13-01 is not a date"));
    }
}
