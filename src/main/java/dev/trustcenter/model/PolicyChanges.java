package dev.trustcenter.model;

import dev.trustcenter.content.PolicyParser;
import dev.trustcenter.content.PolicySource;
import dev.trustcenter.diag.Diagnostic;
import dev.trustcenter.history.FileChange;
import dev.trustcenter.history.TreeComparison;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns the files a range changes into {@link PolicyChange}s. Both sides are parsed leniently: a
 * pull request with a broken date still deserves a readable diff, and {@code check} is where
 * faults are reported as errors; here they are warnings, about the newer side only: the writer
 * can act on the text the range proposes, not on the text it replaces.
 */
public final class PolicyChanges {

    private PolicyChanges() {
    }

    /** One change per changed policy file, in the comparison's order (by path). */
    public static List<PolicyChange> of(TreeComparison comparison, Consumer<Diagnostic> warnings) {
        List<PolicyChange> out = new ArrayList<>();
        for (FileChange f : comparison.changes()) {
            if (SettingsChange.isSettings(f.oldPath()) || SettingsChange.isSettings(f.newPath())) {
                continue; // site settings, not a policy: see SettingsChange
            }
            PolicySource older = f.oldPath() == null ? null : parse(comparison, f.oldPath(), f.oldBlobId(), d -> { });
            PolicySource newer = f.newPath() == null ? null : parse(comparison, f.newPath(), f.newBlobId(), warnings);
            PolicyChange.Kind kind = switch (f.kind()) {
                case ADDED -> PolicyChange.Kind.ADDED;
                case DELETED -> PolicyChange.Kind.REMOVED;
                case RENAMED -> PolicyChange.Kind.RENAMED;
                case MODIFIED -> PolicyChange.Kind.EDITED;
            };
            out.add(PolicyChange.of(kind, older, newer, f.newPath(), f.oldPath(), markedEditorial(comparison, f)));
        }
        return List.copyOf(out);
    }

    /**
     * As the build reads revisions: every commit of the range that changed the file's text says
     * {@code Change-Type: editorial} (one that only recorded the review need not), and one did.
     */
    private static boolean markedEditorial(TreeComparison comparison, FileChange f) {
        boolean textChanged = false;
        for (FileChange.Commit c : f.commits()) {
            String before = c.oldBlobId() == null ? "" : parse(comparison, f.newPath(), c.oldBlobId(), d -> { }).markdown();
            if (before.equals(parse(comparison, f.newPath(), c.newBlobId(), d -> { }).markdown())) {
                continue;
            }
            if (!Trailers.markedEditorial(c.message())) {
                return false;
            }
            textChanged = true;
        }
        return textChanged;
    }

    private static PolicySource parse(TreeComparison comparison, String contentPath, String blobId,
                                      Consumer<Diagnostic> warnings) {
        String text = new String(comparison.blobs().read(blobId), StandardCharsets.UTF_8);
        return PolicyParser.parseLenient(comparison.repoPath(contentPath), text, warnings);
    }
}
