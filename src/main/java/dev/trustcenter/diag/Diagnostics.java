package dev.trustcenter.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A bounded, thread-safe collector of diagnostics. Past {@code limit} entries further ones are
 * counted but not kept, so one broken history cannot flood the terminal.
 */
public final class Diagnostics implements Consumer<Diagnostic> {

    private final int limit;
    private final List<Diagnostic> kept = new ArrayList<>();
    private int dropped;
    private int errors;

    public Diagnostics(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive so at least one finding is shown, was " + limit);
        }
        this.limit = limit;
    }

    public Diagnostics() {
        this(200);
    }

    @Override
    public synchronized void accept(Diagnostic d) {
        if (d.isError()) {
            errors++;
        }
        if (kept.size() < limit) {
            kept.add(d);
        } else {
            dropped++;
        }
    }

    public void warn(SourcePosition position, String message) {
        accept(Diagnostic.warning(position, message));
    }

    public void error(SourcePosition position, String message) {
        accept(Diagnostic.error(position, message));
    }

    /** The kept diagnostics, sorted by position. */
    public synchronized List<Diagnostic> sorted() {
        return kept.stream().sorted().toList();
    }

    public synchronized int dropped() {
        return dropped;
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    public synchronized int size() {
        return kept.size() + dropped;
    }
}
