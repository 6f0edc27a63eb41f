package dev.trustcenter.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What was already made of the Markdown chunks (see {@link MarkdownChunks}) of one policy file:
 * flexmark's HTML of each chunk and, where a chunk stands alone, its sanitised body. Versions share
 * most of their text, so most chunks of a new version are known. Links are resolved relative to
 * the file, so use one cache per policy path. Not thread-safe: one per policy and thread.
 */
public final class ChunkCache {

    private final Map<String, String> html = new HashMap<>();
    private final Map<String, Piece> pieces = new HashMap<>();
    /** Each body's chunks by identity, cut once for {@link MarkdownRenderer#prerender} and render. */
    private final Map<String, List<String>> chunksOf = new IdentityHashMap<>();

    List<String> chunksOf(String markdown) {
        return chunksOf.computeIfAbsent(markdown, MarkdownChunks::split);
    }

    String html(String chunk, Function<String, String> render) {
        return html.computeIfAbsent(chunk, render);
    }

    /** The distinct chunks among {@code chunks} with no HTML yet, in order. */
    List<String> unseen(List<String> chunks) {
        return chunks.stream().filter(c -> !html.containsKey(c)).distinct().toList();
    }

    void add(List<String> chunks, List<String> htmlOfEach) {
        for (int i = 0; i < chunks.size(); i++) {
            html.put(chunks.get(i), htmlOfEach.get(i));
        }
    }

    /** Whether {@code chunk}'s piece is made, as {@link MarkdownRenderer#prerender} makes them ahead. */
    boolean hasPiece(String chunk) {
        return pieces.containsKey(chunk);
    }

    /** A chunk's piece, made ahead of {@link #join} (see {@link MarkdownRenderer#prerender}). */
    void addPiece(String chunk, Piece piece) {
        pieces.put(chunk, piece);
    }

    /**
     * The body of a document cut into {@code chunks}, joined from each chunk's own body; null when
     * the chunks' bodies do not join into the document's: a chunk whose top level is not all
     * blocks, or a heading text repeated across chunks, which the whole document numbers on.
     */
    RenderedBody join(List<String> chunks, Function<String, Piece> render) {
        List<String> html = new ArrayList<>(chunks.size());
        List<Heading> headings = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        String section = "";
        for (String chunk : chunks) {
            Piece piece = pieces.computeIfAbsent(chunk, render);
            if (!piece.standsAlone) {
                return null;
            }
            html.add(piece.body.html());
            headings.addAll(piece.body.headings());
            blocks.addAll(piece.blocks(section));
            section = piece.sectionAfter(section);
        }
        // String.join sizes the body once, where a growing builder copied it several times
        return HeadingIds.sameInWhole(headings) ? new RenderedBody(String.join("", html), headings, blocks) : null;
    }

    /** One chunk's sanitised body, rendered as if it were the whole document. */
    static final class Piece {

        private final RenderedBody body;
        private final boolean standsAlone;
        /** Blocks before the chunk's first heading belong to the section the chunk continues. */
        private final int continuing;
        private final Map<String, List<Block>> blocksBySection = new HashMap<>();

        /** @param standsAlone whether every top-level node of the body is a block or blank text */
        Piece(RenderedBody body, boolean standsAlone) {
            this.body = body;
            this.standsAlone = standsAlone;
            List<Block> blocks = body.blocks();
            int first = 0;
            while (first < blocks.size() && blocks.get(first).kind() != Block.Kind.HEADING) {
                first++;
            }
            this.continuing = first;
        }

        List<Block> blocks(String section) {
            if (section.isEmpty() || continuing == 0) {
                return body.blocks();
            }
            return blocksBySection.computeIfAbsent(section, s -> {
                List<Block> out = new ArrayList<>(body.blocks());
                for (int i = 0; i < continuing; i++) {
                    out.set(i, out.get(i).inSection(s));
                }
                return out;
            });
        }

        String sectionAfter(String section) {
            List<Block> blocks = body.blocks();
            return continuing == blocks.size() ? section : blocks.get(blocks.size() - 1).sectionId();
        }
    }
}
