package dev.trustcenter.diff;

import java.util.Arrays;
import java.util.List;

/**
 * Runs of adjacent changed blocks. An inserted section or table is one stop for the "previous
 * change" / "next change" links, which sit on the run's first block only: on every block they
 * cluttered each row of an inserted table and split each list item from its bullet.
 * Changes are numbered as in the fragments: the n-th changed block is "change-n".
 */
final class Hunks {

    /** The first change of each run, in order. */
    private final int[] starts;

    private Hunks(int[] starts) {
        this.starts = starts;
    }

    static Hunks of(List<DiffBlock> blocks) {
        int[] starts = new int[blocks.size()];
        int runs = 0;
        int n = 0;
        boolean inRun = false;
        for (DiffBlock b : blocks) {
            if (b.isChange()) {
                n++;
                if (!inRun) {
                    starts[runs++] = n;
                }
            }
            inRun = b.isChange();
        }
        return new Hunks(Arrays.copyOf(starts, runs));
    }

    /**
     * The links of change {@code n}: to the runs before and after it when it starts a run, and
     * {@code moved} (the link to where a moved block went or came from, may be ""); "" for none.
     */
    String nav(int n, String moved) {
        int run = Arrays.binarySearch(starts, n);
        boolean prev = run > 0;
        boolean next = run >= 0 && run < starts.length - 1;
        if (!prev && !next && moved.isEmpty()) {
            return "";
        }
        // room for both links, so the builder is not copied as it grows
        StringBuilder out = new StringBuilder(256 + moved.length()).append("<span class=\"diff-nav-links\">").append(moved);
        if (prev) {
            out.append("<a class=\"diff-nav diff-prev\" href=\"#change-").append(starts[run - 1]).append("\">previous change</a>");
        }
        if (next) {
            out.append("<a class=\"diff-nav diff-next\" href=\"#change-").append(starts[run + 1]).append("\">next change</a>");
        }
        return out.append("</span>").toString();
    }
}
