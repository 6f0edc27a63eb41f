package dev.trustcenter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.trustcenter.diag.SourceException;
import dev.trustcenter.diag.SourcePosition;
import dev.trustcenter.diag.UserException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A user error is printed as {@code path:line: error: message}, as compilers print theirs. */
class ErrorReportTest {

    private static String printed(Exception e) {
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new TrustcenterCommand()).setErr(new PrintWriter(err));
        assertEquals(ErrorReport.USER_ERROR, new ErrorReport().handleExecutionException(e, cmd, null));
        return err.toString().strip();
    }

    @Test
    void aPathWithASpaceKeepsItsPositionFirst() {
        // it was "error: content/a b.md:3:16: …", which editors and CI annotations do not read as a position
        assertEquals("content/a b.md:3:16: error: last_reviewed is not a date",
                printed(new SourceException(new SourcePosition("content/a b.md", 3, 16), "last_reviewed is not a date")));
    }

    @Test
    void aPositionInAMessageIsPutBeforeTheWordError() {
        assertEquals("content/a.md:3: error: no title", printed(new UserException("content/a.md:3: no title")));
    }

    @Test
    void aMessageWithoutAPositionStartsWithError() {
        assertEquals("error: cannot listen on 127.0.0.1:8000: Address already in use",
                printed(new UserException("cannot listen on 127.0.0.1:8000: Address already in use")));
    }
}
