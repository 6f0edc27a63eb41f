package dev.trustcenter.model;

import dev.trustcenter.history.CommitInfo;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a commit says about the change it made to one policy's file. A pull request merged with a
 * merge commit reads as the pull request: its title, the authors and trailers of its commits that
 * changed that file, and the person who merged.
 */
final class CommitReading {

    private static final Pattern PULL_REQUEST_MERGE = Pattern.compile("^Merge pull request (#\\d+) from \\S+$");
    /** As trailers are conventionally written ({@code Approved-by:}, {@code Change-Type:}), unlike "policy: title". */
    private static final Pattern TRAILER_LINE = Pattern.compile("^[A-Z][A-Za-z0-9]*(-[A-Za-z0-9]+)+: .*");

    private static final int NAMED_AUTHORS = 3;

    private CommitReading() {
    }

    /**
     * The subject; for a merge, the pull request's title that hosting services write under it
     * ("Q3 review (#42)" from "Merge pull request #42 from …"), else the only commit it merged.
     */
    static String subject(CommitInfo c) {
        if (!c.isMerge()) {
            return c.subject();
        }
        String title = title(c.message());
        if (title != null) {
            Matcher pr = PULL_REQUEST_MERGE.matcher(c.subject());
            return pr.matches() ? title + " (" + pr.group(1) + ")" : title;
        }
        return c.merged().size() == 1 ? c.merged().get(0).subject() : c.subject();
    }

    /** The merged commits that changed {@code path}, oldest first. */
    private static List<CommitInfo> touching(CommitInfo c, String path) {
        return c.merged().stream().filter(m -> m.changed().contains(path)).toList();
    }

    /**
     * The merged commits a policy's change is credited to: a pull request that edits two policies
     * credits each to its own commits. All of them when none changed the file (the merge itself did).
     */
    private static List<CommitInfo> changing(CommitInfo c, String path) {
        List<CommitInfo> touching = touching(c, path);
        return touching.isEmpty() ? c.merged() : touching;
    }

    /** The full ids of the merged commits that changed {@code path}. */
    static List<String> absorbed(CommitInfo c, String path) {
        return touching(c, path).stream().map(CommitInfo::id).toList();
    }

    /** Who wrote the change: for a merge, the authors of the commits it merged, in order (the first three named). */
    static String author(CommitInfo c, String path) {
        if (!c.isMerge()) {
            return c.authorName();
        }
        Set<String> authors = new LinkedHashSet<>();
        changing(c, path).forEach(m -> authors.add(m.authorName()));
        if (authors.size() <= NAMED_AUTHORS) {
            return String.join(", ", authors);
        }
        // a long-lived branch, or another history merged in whole, has more authors than a line holds
        List<String> named = authors.stream().limit(NAMED_AUTHORS).toList();
        return String.join(", ", named) + " and " + (authors.size() - NAMED_AUTHORS) + " others";
    }

    /** Every {@code Approved-by:} name, the merge commit's first, then its merged commits'. */
    static List<String> approvers(CommitInfo c, String path) {
        Set<String> names = new LinkedHashSet<>();
        Trailers.values(c.message(), "Approved-by").forEach(v -> names.add(Trailers.personName(v)));
        changing(c, path).forEach(m -> Trailers.values(m.message(), "Approved-by").forEach(v -> names.add(Trailers.personName(v))));
        return List.copyOf(names);
    }

    /**
     * The person who landed the change: the committer; for a pull request's merge its author (a
     * hosting service commits a merge made on its site as itself); for another merge ({@code git
     * pull} merging main into local commits) the committer of the last merged commit that changed
     * the file, whose change it was that landed.
     */
    static String lander(CommitInfo c, String path) {
        if (!c.isMerge()) {
            return c.committerName();
        }
        if (PULL_REQUEST_MERGE.matcher(c.subject()).matches() || title(c.message()) != null) {
            return c.authorName();
        }
        List<CommitInfo> touching = touching(c, path);
        return touching.isEmpty() ? c.authorName() : touching.get(touching.size() - 1).committerName();
    }

    /** Marked {@code Change-Type: editorial}: on the merge commit, or on every commit it merged that changed the file. */
    static boolean editorial(CommitInfo c, String path) {
        if (Trailers.value(c.message(), "Change-Type") != null || !c.isMerge()) {
            return Trailers.markedEditorial(c.message());
        }
        return changing(c, path).stream().allMatch(m -> Trailers.markedEditorial(m.message()));
    }

    /** The message's second paragraph in one line, unless it is the last and only trailers. */
    private static String title(String message) {
        String[] paragraphs = message == null ? new String[0] : message.strip().split("\\R\\s*\\R");
        if (paragraphs.length < 2) {
            return null;
        }
        List<String> lines = paragraphs[1].strip().lines().map(String::strip).toList();
        if (paragraphs.length == 2 && lines.stream().allMatch(line -> TRAILER_LINE.matcher(line).matches())) {
            return null;
        }
        return String.join(" ", lines);
    }
}
