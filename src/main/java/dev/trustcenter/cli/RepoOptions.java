package dev.trustcenter.cli;

import dev.trustcenter.diag.UserException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options shared by commands that read a repository: where it is, what to read, and "today". */
final class RepoOptions {

    @Option(names = "--repo", paramLabel = "DIR", description = "Repository (or folder) holding the content. Default: the current directory.")
    Path repo;

    @Option(names = "--content", paramLabel = "PATH", defaultValue = "content",
            description = "Content folder, relative to the repository root (or an absolute path inside it). Default: ${DEFAULT-VALUE}.")
    String content;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The date review banners are computed against. Default: SOURCE_DATE_EPOCH's UTC date, else today (UTC).")
    String today;

    Path repoDir() {
        return GitRoot.repoDir(repo, content);
    }

    /** The content folder relative to the repository root. */
    String contentPath() {
        return GitRoot.contentPath(repoDir(), content);
    }

    /** Time is an input: {@code --today}, else {@code SOURCE_DATE_EPOCH}, else the clock. */
    BuildTime time(Map<String, String> env, Clock clock) {
        Instant generated = clock.instant();
        String epoch = env.get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                generated = Instant.ofEpochSecond(Long.parseLong(epoch.trim()));
            } catch (NumberFormatException e) {
                throw new UserException("SOURCE_DATE_EPOCH '" + epoch + "' is not a number of seconds since 1970-01-01");
            }
        }
        LocalDate day = LocalDate.ofInstant(generated, ZoneOffset.UTC);
        if (today != null) {
            try {
                day = LocalDate.parse(today);
            } catch (DateTimeParseException e) {
                throw new UserException("--today '" + today + "' is not a date (expected YYYY-MM-DD)");
            }
            if (epoch == null || epoch.isBlank()) {
                generated = day.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
        }
        return new BuildTime(day, generated);
    }

    record BuildTime(LocalDate today, Instant generatedAt) {
    }
}
