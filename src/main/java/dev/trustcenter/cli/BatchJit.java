package dev.trustcenter.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Tunes HotSpot's JIT for a build, a batch job of seconds. On two cores a large build spent more
 * CPU in C2 compiling application and library methods (35 s) than in running them, and finished
 * before most of that paid back. The compiler directives here keep C2 for the JDK's own methods,
 * whose string and collection intrinsics C1 lacks, and for FreeMarker, whose few hot methods run
 * for every page; everything else is left to C1. Measured on the 200 × 40 benchmark (2 cores),
 * alternating runs: 29.3 s with the defaults against 25.3 s with C2 for the JDK alone; in a later
 * batch 24.1 s for the JDK alone against 21.6 s adding FreeMarker (flexmark or jsoup instead: 24.7
 * and 22.5 s). Best effort: on another JVM, or without the management
 * modules, the build runs as it would have.
 */
final class BatchJit {

    private static final String DIRECTIVES = "batch-compiler-directives.json";
    /** Whether {@link #tune} ran in this JVM: directives stack up, and one set is enough. */
    private static final AtomicBoolean TUNED = new AtomicBoolean();

    private BatchJit() {
    }

    /**
     * Adds the directives from a background thread, once per JVM: they matter once code is hot, not
     * at start-up.
     */
    static void tune() {
        if (!TUNED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(BatchJit::addDirectives, "trustcenter-jit-directives");
        thread.setDaemon(true);
        thread.start();
    }

    /** @return whether the directives were added */
    static boolean addDirectives() {
        Path file = null;
        try (InputStream in = BatchJit.class.getResourceAsStream(DIRECTIVES)) {
            if (in == null) {
                return false;
            }
            file = Files.createTempFile("trustcenter-jit", ".json");
            Files.write(file, in.readAllBytes());
            diagnosticCommand("compilerDirectivesAdd", file.toString());
            return true;
        } catch (Exception | LinkageError e) {
            // not HotSpot, no diagnostic commands, or a runtime without java.management: the
            // defaults stand (only java.base types are caught, so this class loads without it)
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }

    /** Runs a HotSpot diagnostic command (as {@code jcmd} would) in this JVM and returns its output. */
    static String diagnosticCommand(String operation, String... arguments) throws JMException {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[] {arguments}, new String[] {String[].class.getName()}));
    }
}
