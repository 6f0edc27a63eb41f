package dev.trustcenter.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.trustcenter.diag.PhaseTimer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildReportTest {

    @Test
    void theSummaryCountsInTheSingularForOne() {
        BuildReport one = new BuildReport(1, 1, 1, 1, 1, List.of(new PhaseTimer.Phase("history", 5)), Map.of(), List.of());
        assertEquals("1 policy, 1 revision, 1 review, 1 diff; 1 file written in 5 ms (history 5 ms)", one.summary());
        BuildReport more = new BuildReport(2, 0, 3, 0, 21, List.of(new PhaseTimer.Phase("render", 7)),
                Map.of("markdown", 4L), List.of());
        assertEquals("2 policies, 0 revisions, 3 reviews, 0 diffs; 21 files written in 7 ms (render 7 ms [thread time:"
                + " markdown 4 ms])", more.summary());
    }
}
