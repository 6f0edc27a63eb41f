package dev.trustcenter.history;

import dev.trustcenter.testing.TestRepo;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Times {@link HistoryReader#read} on a synthetic history: {@code policies} files, each edited in
 * every one of {@code commits} quarterly commits, a few renamed along the way. Excluded from the
 * default run; run with
 * {@code mvn -o test -Dtest=HistoryBenchmark -DexcludedGroups= -Dbench.policies=200 -Dbench.commits=40}.
 */
@Tag("benchmark")
class HistoryBenchmark {

    private static final int POLICIES = Integer.getInteger("bench.policies", 50);
    private static final int COMMITS = Integer.getInteger("bench.commits", 20);
    private static final int KILOBYTES_PER_POLICY = Integer.getInteger("bench.kb", 12);

    @TempDir
    Path tmp;

    @Test
    void readsASyntheticHistory() throws Exception {
        long start = System.nanoTime();
        try (TestRepo repo = TestRepo.init(tmp.resolve("bench"))) {
            generate(repo);
            System.out.printf("generated %d policies x %d commits in %d ms%n", POLICIES, COMMITS, millisSince(start));
            measure(repo, "loose objects");
            try (Git git = Git.open(repo.dir().toFile())) {
                git.gc().call();
            }
            measure(repo, "packed");
        }
    }

    private static void generate(TestRepo repo) {
        LocalDate day = LocalDate.of(2015, 1, 15);
        for (int c = 0; c < COMMITS; c++, day = day.plusMonths(3)) {
            for (int p = 0; p < POLICIES; p++) {
                if (c == COMMITS / 2 && p % 10 == 0) {
                    repo.move(path(p, false), path(p, true));
                }
                repo.write(path(p, c >= COMMITS / 2 && p % 10 == 0), body(p, c));
            }
            repo.commit("Quarterly review " + day, day + "T10:00:00Z");
        }
    }

    private static void measure(TestRepo repo, String label) {
        var request = new HistoryRequest(repo.dir(), null, "content", p -> p.endsWith(".md"));
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            try (RepositoryHistory history = HistoryReader.read(request)) {
                long walked = millisSince(start);
                int revisions = history.lineages().stream().mapToInt(l -> l.revisions().size()).sum();
                long blobStart = System.nanoTime();
                AtomicLong bytes = new AtomicLong();
                history.lineages().parallelStream().flatMap(l -> l.revisions().stream())
                        .forEach(r -> bytes.addAndGet(history.blobs().read(r.blobId()).length));
                System.out.printf("%s run %d: history %d ms (%d lineages, %d revisions); blobs %d ms (%d MB)%n",
                        label, run, walked, history.lineages().size(), revisions, millisSince(blobStart),
                        bytes.get() >> 20);
                assertEquals(POLICIES, history.lineages().size());
                assertEquals(POLICIES * COMMITS, revisions);
            }
        }
    }

    private static String path(int policy, boolean renamed) {
        return "content/" + (policy % 4 == 0 ? "security/" : "") + "policy-" + policy + (renamed ? "-v2" : "") + ".md";
    }

    /** About {@code KILOBYTES_PER_POLICY} KB; each commit changes a few lines so renames stay similar. */
    private static String body(int policy, int commit) {
        StringBuilder text = new StringBuilder("---\ntitle: Policy " + policy + "\n---\n# Policy " + policy + "\n\n");
        int line = 0;
        while (text.length() < KILOBYTES_PER_POLICY * 1024) {
            boolean edited = line % 40 == commit % 40;
            text.append("Line ").append(line++).append(edited ? " revised in review " + commit : "")
                    .append(": staff shall follow the procedure described in this section of the policy.\n");
        }
        return text.toString();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
