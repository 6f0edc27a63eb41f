package dev.trustcenter.site;

import dev.trustcenter.diag.PhaseTimer;
import java.util.List;
import java.util.Map;

/**
 * What a build did, for the one-line summary and the benchmark.
 *
 * @param renderWork  milliseconds by kind of work inside "render", summed over its threads
 * @param notices     one-line remarks for the user (uncommitted changes ignored, no git history)
 */
public record BuildReport(int policies, int revisions, int reviews, int diffs, int files,
                          List<PhaseTimer.Phase> phases, Map<String, Long> renderWork, List<String> notices) {

    public BuildReport {
        phases = List.copyOf(phases);
        renderWork = Map.copyOf(renderWork);
        notices = List.copyOf(notices);
    }

    public long totalMillis() {
        return phases.stream().mapToLong(PhaseTimer.Phase::millis).sum();
    }

    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(count(policies, "policy", "policies")).append(", ").append(count(revisions, "revision", "revisions"))
                .append(", ").append(count(reviews, "review", "reviews")).append(", ").append(count(diffs, "diff", "diffs"))
                .append("; ").append(count(files, "file", "files")).append(" written in ").append(totalMillis()).append(" ms (");
        for (int i = 0; i < phases.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(phases.get(i).name()).append(' ').append(phases.get(i).millis()).append(" ms");
            if (phases.get(i).name().equals("render") && !renderWork.isEmpty()) {
                s.append(" [thread time: ");
                new java.util.TreeMap<>(renderWork).forEach((k, v) -> s.append(k).append(' ').append(v).append(" ms; "));
                s.setLength(s.length() - 2);
                s.append(']');
            }
        }
        return s.append(')').toString();
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
