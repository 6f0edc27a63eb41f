package dev.trustcenter.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Times named build phases. Not thread-safe: phases run one after another on the build thread.
 * An optional listener hears each phase start, for progress output on a terminal.
 */
public final class PhaseTimer {

    public record Phase(String name, long millis) {
    }

    private final List<Phase> phases = new ArrayList<>();
    private final Consumer<String> onStart;

    public PhaseTimer(Consumer<String> onStart) {
        this.onStart = onStart;
    }

    public PhaseTimer() {
        this(name -> { });
    }

    public <T> T phase(String name, Supplier<T> work) {
        onStart.accept(name);
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            phases.add(new Phase(name, (System.nanoTime() - start) / 1_000_000));
        }
    }

    public void phase(String name, Runnable work) {
        phase(name, () -> {
            work.run();
            return null;
        });
    }

    public List<Phase> phases() {
        return List.copyOf(phases);
    }
}
