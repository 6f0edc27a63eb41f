package dev.trustcenter.diff;

import dev.trustcenter.model.SettingsChange;
import java.util.List;
import java.util.Objects;

/**
 * Every policy a range of commits (a pull request) or the working tree changes.
 *
 * @param from     how the older side is named for people ({@code main}, or a short hash)
 * @param to       how the newer side is named ({@code HEAD}, {@code working tree})
 * @param fromId   full hash of the older side (the merge base)
 * @param fromMoved whether {@code from} moved on since {@code to} branched off, so that the merge
 *                  base is not the commit {@code from} names
 * @param toId     full hash of the newer side; null for the working tree
 * @param policies in path order
 * @param settings what the range did to {@code _index.md}; null when it did not change it
 */
public record RangeDiff(String from, String to, String fromId, boolean fromMoved, String toId,
                        List<PolicyChangeDiff> policies, SettingsChange settings) {

    public RangeDiff {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        policies = List.copyOf(policies);
    }

    public long unreviewedTextChanges() {
        return policies.stream().filter(PolicyChangeDiff::unreviewedTextChange).count();
    }
}
