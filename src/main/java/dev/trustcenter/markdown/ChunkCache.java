package dev.trustcenter.markdown;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * flexmark's HTML of the Markdown chunks (see {@link MarkdownChunks}) already rendered for one
 * policy: its versions share most of their text, so most chunks of a new version are known. Not
 * thread-safe: one per policy and thread.
 */
public final class ChunkCache {

    private final Map<String, String> html = new HashMap<>();

    String html(String chunk, Function<String, String> render) {
        return html.computeIfAbsent(chunk, render);
    }
}
