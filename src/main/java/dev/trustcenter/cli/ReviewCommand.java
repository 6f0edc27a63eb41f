package dev.trustcenter.cli;

import dev.trustcenter.diag.UserException;
import dev.trustcenter.edit.ReviewRecorder;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code trustcenter review}: record a review by setting {@code last_reviewed} in the working tree. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Records a review: sets last_reviewed in each policy's front matter, changing nothing else,"
                + " and prints the next review date. Commit the result to publish the review.")
final class ReviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RepoOptions repo = new RepoOptions();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The review date. Default: today (--today, else SOURCE_DATE_EPOCH's UTC date, else today in UTC).")
    String date;

    @Parameters(arity = "1..*", paramLabel = "POLICY",
            description = "A policy file (content/security-policy.md) or slug (security-policy).")
    List<String> policies;

    @Override
    public Integer call() {
        LocalDate today = repo.time(System.getenv(), Clock.systemUTC()).today();
        LocalDate reviewed = date == null ? today : parse(date);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (reviewed.isAfter(today)) {
            err.println("warning: the review date " + reviewed + " is after today (" + today + ")");
        }
        ReviewRecorder recorder = new ReviewRecorder(GitRoot.find(repo.repoDir()), repo.contentPath(), d -> err.println(d));
        for (ReviewRecorder.Recorded r : recorder.record(policies, reviewed)) {
            out.println(line(r));
        }
        return 0;
    }

    private static String line(ReviewRecorder.Recorded r) {
        String was = switch (r.kind()) {
            case UNCHANGED -> " (already; file unchanged)";
            case REPLACED -> r.previous() == null ? " (was empty)" : " (was " + r.previous() + ")";
            case ADDED -> " (added)";
            case CREATED -> " (added, with new front matter)";
        };
        return r.path() + ": last_reviewed " + r.reviewed() + was + "; next review " + r.nextReview()
                + " (" + r.nextReviewSource() + ")";
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserException("--date '" + text + "' is not a date (expected YYYY-MM-DD, e.g. 2024-03-31)");
        }
    }
}
