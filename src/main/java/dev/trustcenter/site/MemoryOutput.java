package dev.trustcenter.site;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps the site in memory, for the preview server. Thread-safe. */
final class MemoryOutput implements SiteOutput {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final PathClaims claims = new PathClaims();

    @Override
    public void write(OutputFile file, String owner) {
        claims.claim(file.sitePath(), owner);
        files.put(file.sitePath(), file.content());
    }

    /** Site path (as in {@link OutputFile#sitePath()}) → content, sorted by path. */
    Map<String, byte[]> files() {
        return new TreeMap<>(files);
    }
}
