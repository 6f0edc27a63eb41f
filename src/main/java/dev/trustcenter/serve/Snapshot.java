package dev.trustcenter.serve;

import dev.trustcenter.site.DraftLink;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the server shows: the last site that built, and the errors of the last rebuild when it
 * failed. Immutable; replaced as a whole after each rebuild.
 *
 * @param version increases whenever what a page shows changes; open pages reload when it does
 * @param files   site path ({@code security-policy/index.html}) → content; empty until a build succeeds
 * @param errors  {@code path:line: error: message} lines; empty when the last rebuild succeeded
 */
record Snapshot(long version, Map<String, byte[]> files, List<DraftLink> drafts, List<String> errors) {

    Snapshot {
        files = Map.copyOf(files);
        drafts = List.copyOf(drafts);
        errors = List.copyOf(errors);
    }

    static Snapshot empty() {
        return new Snapshot(0, Map.of(), List.of(), List.of());
    }

    boolean failed() {
        return !errors.isEmpty();
    }

    /** Whether a page could look different in {@code other}; a rebuild that changed nothing keeps the version. */
    boolean sameAs(Map<String, byte[]> otherFiles, List<DraftLink> otherDrafts, List<String> otherErrors) {
        if (!errors.equals(otherErrors) || !drafts.equals(otherDrafts) || files.size() != otherFiles.size()) {
            return false;
        }
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (!Arrays.equals(e.getValue(), otherFiles.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
