package dev.trustcenter.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Writes a {@code git fast-import} stream of a synthetic trust center: N policies, each reviewed
 * in each of M quarters (one commit per quarter touching every policy, as a quarterly review PR
 * would), about 10 KB of Markdown per policy with headings, lists and a table, a few words
 * changed per review; between reviews a quarter of the policies get an edit that bumps no review
 * date. 200 x 40 gives the shape: 10,000 revisions, about 100 MB of Markdown across
 * history. Deterministic, so benchmark runs compare like with like.
 * Usage: {@code SyntheticHistory POLICIES QUARTERS | git fast-import}.
 */
public final class SyntheticHistory {

    private static final String[] WORDS = ("access audit backup control customer data encryption incident key log "
            + "monitor network owner password privacy record review risk secure staff system test vendor").split(" ");

    private static final int SECTIONS = 11;

    private SyntheticHistory() {
    }

    public static void main(String[] args) throws IOException {
        int policies = Integer.parseInt(args[0]);
        int quarters = Integer.parseInt(args[1]);
        try (PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 20), false, StandardCharsets.UTF_8)) {
            write(out, policies, quarters);
        }
    }

    static void write(PrintStream out, int policies, int quarters) {
        LocalDate day = LocalDate.of(2016, 2, 15);
        for (int q = 0; q < quarters; q++, day = day.plusMonths(3)) {
            long time = day.atTime(10, 0).toEpochSecond(ZoneOffset.UTC);
            String message = "Quarterly review " + day + "\n\nApproved-by: Casey Auditor <casey@example.test>\n";
            out.print("commit refs/heads/main\n");
            out.print("author Alice Author <alice@example.test> " + time + " +0000\n");
            out.print("committer Merge Bot <bot@example.test> " + time + " +0000\n");
            data(out, message);
            if (q == 0) {
                file(out, "content/_index.md", "---\ncompany: Synthetic\ntitle: Synthetic Trust Center\n---\nBenchmark site.\n");
            }
            for (int p = 0; p < policies; p++) {
                file(out, path(p), policy(p, q, day, false));
            }
            out.print("\n");
            LocalDate edited = day.plusMonths(1);
            long editTime = edited.atTime(15, 0).toEpochSecond(ZoneOffset.UTC);
            out.print("commit refs/heads/main\n");
            out.print("author Bob Writer <bob@example.test> " + editTime + " +0000\n");
            out.print("committer Merge Bot <bot@example.test> " + editTime + " +0000\n");
            data(out, "Clarify wording after review " + day + "\n");
            for (int p = q % 4; p < policies; p += 4) {
                file(out, path(p), policy(p, q, day, true));
            }
            out.print("\n");
        }
    }

    private static String path(int p) {
        return "content/" + (p % 5 == 0 ? "security/" : "") + "policy-" + p + ".md";
    }

    private static void file(PrintStream out, String path, String text) {
        out.print("M 100644 inline " + path + "\n");
        data(out, text);
    }

    private static void data(PrintStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.print("data " + bytes.length + "\n");
        out.write(bytes, 0, bytes.length);
        out.print("\n");
    }

    /** @param clarified whether the edit between reviews has been made: one more sentence in one section */
    static String policy(int p, int q, LocalDate reviewed, boolean clarified) {
        StringBuilder s = new StringBuilder(11_000);
        s.append("---\ntitle: Policy ").append(p).append("\nowner: Owner ").append(p % 7)
                .append("\ncategory: Category ").append(p % 4).append("\nlast_reviewed: ").append(reviewed).append("\n---\n\n");
        for (int section = 0; section < SECTIONS; section++) {
            s.append("## Section ").append(section).append("\n\n");
            if (clarified && section == (p + q) % SECTIONS) {
                s.append("This section was clarified after the ").append(reviewed).append(" review.\n\n");
            }
            for (int para = 0; para < 3; para++) {
                sentence(s, p, q, section * 10 + para, 28).append("\n\n");
            }
            for (int item = 0; item < 3; item++) {
                sentence(s.append("- "), p, q, section * 10 + 5 + item, 10).append('\n');
            }
            s.append("\n| Control | Owner | Frequency |\n|---|---|---|\n");
            for (int row = 0; row < 2; row++) {
                s.append("| ").append(WORDS[(p + row + section) % WORDS.length]).append(" | team ").append(row)
                        .append(" | ").append(q % 3 == row ? "monthly" : "quarterly").append(" |\n");
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** A sentence whose words shift only for the block edited in this quarter. */
    private static StringBuilder sentence(StringBuilder s, int p, int q, int block, int words) {
        boolean edited = block % 37 == (q * 7 + p) % 37;
        for (int w = 0; w < words; w++) {
            int k = p * 31 + block * 7 + w + (edited && w % 5 == 0 ? q : 0);
            s.append(w == 0 ? "The" : WORDS[k % WORDS.length]).append(w == words - 1 ? "." : " ");
        }
        return s;
    }

}
