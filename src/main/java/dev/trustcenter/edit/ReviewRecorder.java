package dev.trustcenter.edit;

import dev.trustcenter.content.FrontMatter;
import dev.trustcenter.content.FrontMatterEditor;
import dev.trustcenter.content.PolicyParser;
import dev.trustcenter.content.PolicySource;
import dev.trustcenter.content.ReviewCycle;
import dev.trustcenter.content.SiteSettings;
import dev.trustcenter.diag.Diagnostic;
import dev.trustcenter.diag.SourceException;
import dev.trustcenter.diag.SourcePosition;
import dev.trustcenter.diag.UserException;
import dev.trustcenter.model.ReviewSchedule;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Records a review of one or more policies in the working tree: sets {@code last_reviewed} and
 * reports the next review date the build will show. All files are edited and checked in memory
 * before any is written, so a bad name or a broken file leaves every file as it was.
 */
public final class ReviewRecorder {

    /** A recorded review. {@code kind} says how the file changed ({@code UNCHANGED}: already that date). */
    public record Recorded(String path, String slug, FrontMatterEditor.Kind kind, String previous, LocalDate reviewed,
                           LocalDate nextReview, String nextReviewSource) {
    }

    private final PolicyFiles files;
    private final Consumer<Diagnostic> warnings;

    /**
     * @param root     the repository's work tree (or the plain folder holding the content folder)
     * @param content  the content folder relative to {@code root}
     * @param warnings where warnings go (an explicit {@code next_review} not after the review date)
     */
    public ReviewRecorder(Path root, String content, Consumer<Diagnostic> warnings) {
        this.files = PolicyFiles.list(root, content);
        this.warnings = warnings;
    }

    /**
     * Sets {@code last_reviewed: date} in every named policy (a path or a slug) and writes the files.
     *
     * @throws UserException naming every unknown policy, or a {@link SourceException} for a file that
     *                       cannot be edited; nothing is written then
     */
    public List<Recorded> record(List<String> names, LocalDate date) {
        Map<String, String> byPath = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            String contentPath = files.resolve(name);
            if (contentPath == null) {
                unknown.add(name);
            } else {
                byPath.putIfAbsent(contentPath, name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new UserException(files.unknownMessage(unknown) + "; nothing was written");
        }
        ReviewCycle defaultCycle = defaultCycle();
        List<Recorded> recorded = new ArrayList<>();
        Map<Path, String> edits = new LinkedHashMap<>();
        List<Diagnostic> found = new ArrayList<>();
        for (String contentPath : byPath.keySet()) {
            String path = files.repoPath(contentPath);
            String text = read(files.file(contentPath), path);
            FrontMatterEditor.Edit edit = FrontMatterEditor.set(path, text, "last_reviewed", date.toString());
            // faults throw; warnings such as a missing title are check's business, not the review's
            PolicySource source = PolicyParser.parse(path, edit.text(), d -> { });
            recorded.add(recorded(contentPath, path, edit, source, date, defaultCycle, found));
            if (edit.kind() != FrontMatterEditor.Kind.UNCHANGED) {
                edits.put(files.file(contentPath), edit.text());
            }
        }
        edits.forEach(ReviewRecorder::write);
        found.forEach(warnings);
        return recorded;
    }

    private Recorded recorded(String contentPath, String path, FrontMatterEditor.Edit edit, PolicySource source,
                              LocalDate date, ReviewCycle defaultCycle, List<Diagnostic> found) {
        FrontMatter fm = source.frontMatter();
        LocalDate next = ReviewSchedule.nextReview(fm, date, defaultCycle);
        String why;
        if (fm.nextReview() != null) {
            why = "next_review in the front matter";
            if (!next.isAfter(date)) {
                found.add(Diagnostic.warning(FrontMatterEditor.position(path, edit.text(), "next_review"),
                        "next_review " + next + " is not after the new review date " + date
                                + " and still overrides review_cycle: update it, or remove it to use the cycle"));
            }
        } else {
            why = ReviewSchedule.cycle(fm, defaultCycle).name() + (fm.reviewCycle() == null ? ", the site default" : "");
        }
        LocalDate previous = previousDate(edit.previous());
        if (previous != null && previous.isAfter(date)) {
            found.add(Diagnostic.warning(FrontMatterEditor.position(path, edit.text(), "last_reviewed"),
                    "the review date " + date + " is before the previous one, " + previous
                            + "; the review is recorded with the earlier date"));
        }
        return new Recorded(path, files.slug(contentPath), edit.kind(), edit.previous(), date, next, why);
    }

    private static LocalDate previousDate(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null; // a broken old value is simply replaced
        }
    }

    private ReviewCycle defaultCycle() {
        Path index = files.file(SiteSettings.FILE_NAME);
        if (!Files.isRegularFile(index)) {
            return ReviewCycle.QUARTERLY;
        }
        String path = files.repoPath(SiteSettings.FILE_NAME);
        return SiteSettings.parse(path, read(index, path), d -> { }).defaultCycle();
    }

    private static String read(Path file, String path) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SourceException(new SourcePosition(path, 1), "the file is not UTF-8 text: save it as UTF-8");
        } catch (IOException e) {
            throw new UserException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
