package dev.trustcenter.site;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Sums the time spent in kinds of work (Markdown, diffs, templates, file writes) across the
 * rendering threads, so the benchmark can say where the render phase goes. Thread-safe.
 */
final class WorkClock {

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    <T> T time(String kind, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.computeIfAbsent(kind, k -> new LongAdder()).add(System.nanoTime() - start);
        }
    }

    void time(String kind, Runnable work) {
        time(kind, () -> {
            work.run();
            return null;
        });
    }

    /** Milliseconds by kind, sorted by name. */
    Map<String, Long> millis() {
        Map<String, Long> out = new TreeMap<>();
        nanos.forEach((k, v) -> out.put(k, v.sum() / 1_000_000));
        return out;
    }
}
