package dev.trustcenter.site;

import dev.trustcenter.diag.UserException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps the site in memory, for the preview server. Thread-safe. */
final class MemoryOutput implements SiteOutput {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, String> owners = new ConcurrentHashMap<>();

    @Override
    public void write(OutputFile file, String owner) {
        String previous = owners.putIfAbsent(file.sitePath(), owner);
        if (previous != null) {
            throw new UserException("two things want to be written to " + file.sitePath() + ": " + previous
                    + " and " + owner + " (rename the policy file whose slug collides)");
        }
        files.put(file.sitePath(), file.content());
    }

    /** Site path (as in {@link OutputFile#sitePath()}) → content, sorted by path. */
    Map<String, byte[]> files() {
        return new TreeMap<>(files);
    }
}
