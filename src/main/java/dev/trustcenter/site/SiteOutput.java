package dev.trustcenter.site;

/**
 * Where rendered files go: the staging folder of a build ({@link SiteWriter}) or memory
 * ({@link MemoryOutput}) for the preview server. Implementations are thread-safe and refuse two
 * files claiming the same path.
 */
interface SiteOutput {

    /** @param owner what produced the file (a policy's source path, "site"), named in collision errors */
    void write(OutputFile file, String owner);
}
